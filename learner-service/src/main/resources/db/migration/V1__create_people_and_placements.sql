-- The people directory and placements: learner-service owns both (see docs/architecture.md).

CREATE TABLE person (
    id                 UUID PRIMARY KEY,                -- random; events refer to people only by this
    login_id           TEXT NOT NULL UNIQUE,            -- the identity provider's subject (token `sub`)
    name               TEXT NOT NULL,
    email              TEXT NOT NULL,
    professional_group TEXT,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Learning environments as allocations name them: trust > site > placement area.
CREATE TABLE trust (
    id   UUID PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE site (
    id       UUID PRIMARY KEY,
    trust_id UUID NOT NULL REFERENCES trust (id),
    name     TEXT NOT NULL,
    UNIQUE (trust_id, name)
);

CREATE TABLE placement_area (
    id      UUID PRIMARY KEY,
    site_id UUID NOT NULL REFERENCES site (id),
    name    TEXT NOT NULL,
    UNIQUE (site_id, name)
);

-- One learner in one placement area from a start date to an end date.
CREATE TABLE placement (
    id                   UUID PRIMARY KEY,
    university_id        UUID NOT NULL,                  -- organisation of the admin who allocated it
    learner_id           UUID NOT NULL REFERENCES person (id),
    area_id              UUID NOT NULL REFERENCES placement_area (id),
    profession           TEXT NOT NULL,
    start_date           DATE NOT NULL,
    end_date             DATE NOT NULL,
    practice_assessor_id UUID NOT NULL REFERENCES person (id),
    academic_assessor_id UUID NOT NULL REFERENCES person (id),
    status               TEXT NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'COMPLETED')),
    completed_at         TIMESTAMPTZ,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (end_date >= start_date),
    CHECK (practice_assessor_id <> academic_assessor_id),
    UNIQUE (learner_id, area_id, start_date)
);
CREATE INDEX placement_learner ON placement (learner_id);
CREATE INDEX placement_due_to_complete ON placement (end_date) WHERE status = 'ACTIVE';

-- The learner's practice supervisors on a placement (several; never the assessor).
CREATE TABLE placement_supervisor (
    placement_id UUID NOT NULL REFERENCES placement (id) ON DELETE CASCADE,
    person_id    UUID NOT NULL REFERENCES person (id),
    PRIMARY KEY (placement_id, person_id)
);
CREATE INDEX placement_supervisor_person ON placement_supervisor (person_id);
