-- Learners needing support: signals kept from other services' events, flags raised from them by the rules.
ALTER TABLE person ADD COLUMN name TEXT;

-- Thresholds per trust; a trust with no row uses the defaults of the domain brief.
CREATE TABLE support_threshold (
    trust_id              UUID PRIMARY KEY,
    pulse_no_answers      INTEGER NOT NULL DEFAULT 2 CHECK (pulse_no_answers BETWEEN 1 AND 3),
    pulse_low_checkins    INTEGER NOT NULL DEFAULT 3 CHECK (pulse_low_checkins >= 1),
    pulse_window          INTEGER NOT NULL DEFAULT 5 CHECK (pulse_window >= 1),
    inactivity_days       INTEGER NOT NULL DEFAULT 14 CHECK (inactivity_days >= 1),
    sign_off_pending_days INTEGER NOT NULL DEFAULT 7 CHECK (sign_off_pending_days >= 1),
    CHECK (pulse_low_checkins <= pulse_window)
);

CREATE TABLE pulse_checkin (
    learner_id        UUID NOT NULL,
    day               DATE NOT NULL,
    no_answers        INTEGER NOT NULL,
    contact_requested BOOLEAN NOT NULL,
    PRIMARY KEY (learner_id, day)
);

-- The last reflection, feedback or sign-off of a learner.
CREATE TABLE learner_activity (
    learner_id       UUID PRIMARY KEY,
    last_activity_on DATE NOT NULL
);

-- Reflections shared for sign-off and not yet signed off or returned.
CREATE TABLE sign_off_request (
    reflection_id UUID PRIMARY KEY,
    learner_id    UUID NOT NULL,
    requested_at  TIMESTAMPTZ NOT NULL,
    settled       BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX sign_off_request_pending ON sign_off_request (requested_at) WHERE NOT settled;

CREATE TABLE support_flag (
    id                   UUID PRIMARY KEY,
    learner_id           UUID NOT NULL,
    trust_id             UUID,
    academic_assessor_id UUID,
    state                TEXT NOT NULL CHECK (state IN ('OPEN', 'ACKNOWLEDGED', 'ASSIGNED', 'CLOSED')),
    assigned_to          TEXT,
    contact              TEXT,              -- who will contact the learner, as the learner sees it
    raised_at            TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX support_flag_one_open ON support_flag (learner_id) WHERE state <> 'CLOSED';
CREATE INDEX support_flag_trust ON support_flag (trust_id) WHERE state <> 'CLOSED';

-- Each time a rule raised a reason: a condition already flagged since it began is not flagged again.
CREATE TABLE support_flag_reason (
    flag_id   UUID NOT NULL REFERENCES support_flag (id),
    reason    TEXT NOT NULL,
    raised_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (flag_id, reason, raised_at)
);

CREATE TABLE support_flag_note (
    id        UUID PRIMARY KEY,
    flag_id   UUID NOT NULL REFERENCES support_flag (id),
    author    TEXT NOT NULL,
    action    TEXT NOT NULL,
    note      TEXT NOT NULL,
    at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX support_flag_note_flag ON support_flag_note (flag_id);
