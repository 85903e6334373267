-- The daily check-in: one per learner per day (a second one the same day is refused, not merged).
CREATE TABLE pulse (
    id                   UUID PRIMARY KEY,
    learner_id           UUID NOT NULL REFERENCES person (id),
    day                  DATE NOT NULL,
    treated_with_dignity BOOLEAN NOT NULL,
    had_what_they_needed BOOLEAN NOT NULL,
    recognised           BOOLEAN NOT NULL,
    mood                 SMALLINT CHECK (mood BETWEEN 1 AND 5),
    note                 TEXT CHECK (char_length(note) <= 1000),
    contact_requested    BOOLEAN NOT NULL,
    recorded_at          TIMESTAMPTZ NOT NULL,
    UNIQUE (learner_id, day)
);
