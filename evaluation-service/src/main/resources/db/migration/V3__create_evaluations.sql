-- Who was invited and whether they returned: knows the learner, never the answers.
CREATE TABLE invitation (
    id                    UUID PRIMARY KEY,
    learner_id            UUID NOT NULL,
    placement_id          UUID NOT NULL UNIQUE,
    area_id               UUID NOT NULL REFERENCES placement_area (id),
    questionnaire_version INTEGER NOT NULL REFERENCES questionnaire (version),
    profession_group      TEXT NOT NULL,
    period                DATE NOT NULL,              -- first day of the month the placement ended
    invited_at            TIMESTAMPTZ NOT NULL,
    due_on                DATE NOT NULL,
    state                 TEXT NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'RETURNED')),
    returned_on           DATE,                       -- a day, not an instant: nothing to line up with a response
    reminded_days         INTEGER NOT NULL DEFAULT 0  -- the last EvaluationOverdue step sent (0, 3, 7)
);
CREATE INDEX invitation_learner ON invitation (learner_id);
CREATE INDEX invitation_open ON invitation (invited_at) WHERE state = 'OPEN';

-- A partly answered evaluation necessarily belongs to its learner, so it lives here, keyed by invitation,
-- and is deleted in the transaction that files the anonymous response.
CREATE TABLE evaluation_draft (
    invitation_id UUID PRIMARY KEY REFERENCES invitation (id) ON DELETE CASCADE,
    answers       JSONB NOT NULL DEFAULT '{}',
    comments      JSONB NOT NULL DEFAULT '{}',
    saved_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Anonymous answers waiting to be mixed: the same columns as response. Rows leave it in random order, in
-- batches, by another transaction, so neither a response's transaction id nor its place on disk lines up with
-- the invitation that was returned.
CREATE TABLE response_pool (
    id                    UUID PRIMARY KEY,           -- random
    area_id               UUID NOT NULL,
    questionnaire_version INTEGER NOT NULL,
    profession_group      TEXT NOT NULL,
    period                DATE NOT NULL,
    answers               JSONB NOT NULL,
    comments              JSONB NOT NULL,
    release_after         DATE NOT NULL
);

-- The anonymous answers: area, questionnaire version, profession group and period only. No learner, invitation
-- or placement id, no time, no sequence.
CREATE TABLE response (
    id                    UUID PRIMARY KEY,           -- random
    area_id               UUID NOT NULL REFERENCES placement_area (id),
    questionnaire_version INTEGER NOT NULL REFERENCES questionnaire (version),
    profession_group      TEXT NOT NULL,
    period                DATE NOT NULL,              -- first day of the quarter the placement ended
    answers               JSONB NOT NULL
);
CREATE INDEX response_area_period ON response (area_id, period);

-- Free-text comments, apart from the scored answers, each released to the area on a coarse date.
CREATE TABLE response_comment (
    id                    UUID PRIMARY KEY,           -- random
    area_id               UUID NOT NULL REFERENCES placement_area (id),
    questionnaire_version INTEGER NOT NULL,
    period                DATE NOT NULL,
    theme                 TEXT NOT NULL,
    body                  TEXT NOT NULL,
    release_after         DATE NOT NULL               -- a Monday: end date + 14 days, rounded up to the week
);
CREATE INDEX response_comment_area ON response_comment (area_id, release_after);

CREATE TABLE response_mixing (
    only_row       BOOLEAN PRIMARY KEY DEFAULT true CHECK (only_row),
    last_mixed_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
INSERT INTO response_mixing DEFAULT VALUES;

-- Rollups kept in the transaction that changes what they count, so dashboards read small tables.
CREATE TABLE rollup_invitation (
    area_id          UUID NOT NULL,
    period           DATE NOT NULL,
    profession_group TEXT NOT NULL,
    invited          INTEGER NOT NULL DEFAULT 0,
    returned         INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (area_id, period, profession_group)
);

CREATE TABLE rollup_response (
    area_id               UUID NOT NULL,
    period                DATE NOT NULL,
    questionnaire_version INTEGER NOT NULL,
    responses             INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (area_id, period, questionnaire_version)
);

CREATE TABLE rollup_item (
    area_id               UUID NOT NULL,
    period                DATE NOT NULL,
    questionnaire_version INTEGER NOT NULL,
    item                  TEXT NOT NULL,
    answered              INTEGER NOT NULL DEFAULT 0,
    total                 BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (area_id, period, questionnaire_version, item)
);
