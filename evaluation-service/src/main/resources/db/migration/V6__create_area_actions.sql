-- Area action plans: agreed actions to improve a learning environment, with the line the next learners see.
CREATE TABLE area_action (
    id                    UUID PRIMARY KEY,
    area_id               UUID NOT NULL REFERENCES placement_area (id),
    trust_id              UUID NOT NULL,
    owner_login_id        TEXT NOT NULL,
    due_on                DATE NOT NULL,
    status                TEXT NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    themes                TEXT[] NOT NULL DEFAULT '{}',
    description           TEXT NOT NULL,
    you_said_we_did       TEXT,
    overdue_announced_for DATE,              -- the due date an AreaActionOverdue was sent for
    created_at            TIMESTAMPTZ NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX area_action_area ON area_action (area_id);
CREATE INDEX area_action_open_due ON area_action (due_on) WHERE status IN ('PLANNED', 'IN_PROGRESS');
