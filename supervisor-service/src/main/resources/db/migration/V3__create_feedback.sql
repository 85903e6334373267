-- Short-lived codes a learner shows so a supervisor can find them; only a hash of the code is kept.
CREATE TABLE feedback_code (
    code_hash TEXT PRIMARY KEY,
    learner_id UUID NOT NULL,
    issued_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at TIMESTAMPTZ,
    used_by UUID
);

-- Redeem attempts per supervisor, to make guessing codes impractical.
CREATE TABLE feedback_code_attempt (
    supervisor_id UUID NOT NULL,
    at TIMESTAMPTZ NOT NULL
);
CREATE INDEX feedback_code_attempt_recent ON feedback_code_attempt (supervisor_id, at);

-- In-the-moment feedback; the text stays here, events carry ids and tags.
CREATE TABLE feedback (
    id UUID PRIMARY KEY,
    learner_id UUID NOT NULL,
    supervisor_id UUID NOT NULL,
    placement_id UUID NOT NULL,
    tags TEXT NOT NULL,
    went_well TEXT NOT NULL,
    to_develop TEXT NOT NULL,
    reflection_id UUID,
    given_at TIMESTAMPTZ NOT NULL,
    idempotency_key TEXT,
    UNIQUE (supervisor_id, idempotency_key)
);
CREATE INDEX feedback_learner ON feedback (learner_id, given_at DESC);
