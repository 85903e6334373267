-- Every read of a learner's record by someone else (a supervisor reading a shared reflection, ...): who, what,
-- when. Written in the transaction of the read itself, so a read that happened is never missing here.
CREATE TABLE record_access (
    id          UUID PRIMARY KEY,
    reader_id   UUID        NOT NULL REFERENCES person (id),
    learner_id  UUID        NOT NULL REFERENCES person (id),
    record_type TEXT        NOT NULL CHECK (record_type IN ('REFLECTION')),
    record_id   UUID        NOT NULL,
    read_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX record_access_learner ON record_access (learner_id, read_at DESC);
