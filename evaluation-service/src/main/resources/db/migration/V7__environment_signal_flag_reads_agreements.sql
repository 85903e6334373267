-- The environment signal's cut-off, per trust: an area in this bottom share (percent) of all areas for
-- psychological safety or civility puts its learners under an environment signal. 10 = the bottom decile.
ALTER TABLE support_threshold ADD COLUMN environment_bottom_percent INTEGER NOT NULL DEFAULT 10
    CHECK (environment_bottom_percent BETWEEN 1 AND 50);

-- Where each area stands among all ranked areas on a watched theme, over the last four quarters of the current
-- questionnaire version. Only areas with 5 or more responses (and answers to the theme) are ranked. Rebuilt
-- whole, under an advisory lock, after each mixing batch and by the hourly support sweep.
CREATE TABLE environment_rank (
    area_id               UUID NOT NULL,
    theme                 TEXT NOT NULL,
    questionnaire_version INTEGER NOT NULL,
    score                 DOUBLE PRECISION NOT NULL,
    share_at_or_below     DOUBLE PRECISION NOT NULL,  -- ranked areas scoring the same or lower / ranked areas
    computed_at           TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (area_id, theme)
);

-- Who read which learner's support flag or environment signal, and when.
CREATE TABLE support_flag_read (
    id              UUID PRIMARY KEY,
    trust_id        UUID,
    reader_login_id TEXT NOT NULL,
    reader_role     TEXT NOT NULL,
    learner_id      UUID NOT NULL,
    flag_id         UUID,                            -- null for an environment signal
    kind            TEXT NOT NULL CHECK (kind IN ('FLAG', 'ENVIRONMENT_SIGNAL')),
    read_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX support_flag_read_trust ON support_flag_read (trust_id, read_at DESC);

-- A university's word on one action of an area's plan: agreed, or a comment. One per action and university;
-- a later word replaces it.
CREATE TABLE area_action_agreement (
    action_id     UUID NOT NULL REFERENCES area_action (id),
    university_id UUID NOT NULL,
    decision      TEXT NOT NULL CHECK (decision IN ('AGREED', 'COMMENTED')),
    comment       TEXT,
    by_login_id   TEXT NOT NULL,
    at            TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (action_id, university_id)
);

CREATE INDEX placement_area_university ON placement (area_id, university_id);
