-- Reflective records: the learner's own; supervisors see them only through supervisor-service.

CREATE TABLE reflection (
    id               UUID PRIMARY KEY,
    learner_id       UUID NOT NULL REFERENCES person (id),
    template_key     TEXT NOT NULL,
    template_version INT  NOT NULL,
    title            TEXT NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    occurred_on      DATE NOT NULL,
    answers          JSONB NOT NULL,                   -- field key -> text, as typed (pages escape)
    state            TEXT NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED', 'SHARED', 'SIGNED_OFF', 'RETURNED')),
    correction_of    UUID REFERENCES reflection (id),  -- a signed record is corrected by a new one
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    submitted_at     TIMESTAMPTZ,
    returned_at      TIMESTAMPTZ,
    signed_off_at    TIMESTAMPTZ
);
CREATE INDEX reflection_learner ON reflection (learner_id, state);

-- Who a reflection was shared with, on which placement, for what.
CREATE TABLE reflection_share (
    reflection_id UUID NOT NULL REFERENCES reflection (id),
    supervisor_id UUID NOT NULL REFERENCES person (id),
    placement_id  UUID NOT NULL REFERENCES placement (id),
    purpose       TEXT NOT NULL CHECK (purpose IN ('FEEDBACK', 'SIGN_OFF')),
    shared_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (reflection_id, supervisor_id)
);

-- Feedback the learner received (from supervisor-service's events): ids and tags, the text stays there.
CREATE TABLE feedback_received (
    feedback_id   UUID PRIMARY KEY,
    learner_id    UUID NOT NULL,
    supervisor_id UUID NOT NULL,
    reflection_id UUID,
    tags          JSONB NOT NULL,
    given_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX feedback_received_reflection ON feedback_received (reflection_id);

-- Client-generated idempotency keys of creates and submits, per learner.
CREATE TABLE idempotency_key (
    learner_id    UUID NOT NULL,
    key           TEXT NOT NULL,
    request_hash  TEXT NOT NULL,                       -- operation and body; a different one is refused
    reflection_id UUID NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (learner_id, key)
);
