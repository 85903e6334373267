-- notification-service's own copy of the people directory (from pare.learner.person): only what it needs to
-- address a person. Login ids are the token subject.
CREATE TABLE person (
    person_id UUID PRIMARY KEY,
    login_id TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT
);
CREATE INDEX person_login ON person (login_id);

-- Who supervises and assesses each learner (from pare.learner.placement): for escalations and for telling the AA.
CREATE TABLE placement (
    placement_id UUID PRIMARY KEY,
    learner_id UUID NOT NULL,
    trust_id UUID NOT NULL,
    practice_supervisor_ids UUID[] NOT NULL,
    practice_assessor_id UUID,
    academic_assessor_id UUID,
    end_date DATE NOT NULL
);
CREATE INDEX placement_learner ON placement (learner_id);

-- One message in the in-app inbox, addressed to exactly one of: a person, a login id, or a role in an organisation.
-- The id is derived from the event, the recipient and the kind, so a redelivered event adds nothing.
CREATE TABLE inbox_message (
    id UUID PRIMARY KEY,
    recipient_person UUID,
    recipient_login TEXT,
    recipient_org UUID,
    recipient_role TEXT,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    action_label TEXT NOT NULL,
    action_url TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT one_recipient CHECK (
        (recipient_person IS NOT NULL)::int + (recipient_login IS NOT NULL)::int + (recipient_org IS NOT NULL)::int = 1),
    CONSTRAINT org_needs_role CHECK ((recipient_org IS NULL) = (recipient_role IS NULL))
);
CREATE INDEX inbox_person ON inbox_message (recipient_person, created_at DESC) WHERE recipient_person IS NOT NULL;
CREATE INDEX inbox_login ON inbox_message (recipient_login, created_at DESC) WHERE recipient_login IS NOT NULL;
CREATE INDEX inbox_org ON inbox_message (recipient_org, recipient_role, created_at DESC) WHERE recipient_org IS NOT NULL;

-- Read marks per reader: an organisation's message is read or unread for each of its education leads apart.
CREATE TABLE message_read (
    message_id UUID NOT NULL REFERENCES inbox_message (id) ON DELETE CASCADE,
    login_id TEXT NOT NULL,
    read_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (message_id, login_id)
);

-- An e-mail to send: the intent is written with the inbox row, then a sender claims, sends and marks it.
-- The id is the Message-ID header, so a resend after a crash carries the same one. A person's address is looked up
-- when sending (recipient_person), so a person registered after the event, or a changed address, still works.
CREATE TABLE outgoing_email (
    id UUID PRIMARY KEY,
    message_id UUID REFERENCES inbox_message (id) ON DELETE CASCADE,
    to_address TEXT,
    recipient_person UUID,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    attempts INT NOT NULL DEFAULT 0,
    not_before TIMESTAMPTZ NOT NULL,
    lease_until TIMESTAMPTZ,
    last_error TEXT,
    created_at TIMESTAMPTZ NOT NULL,
    sent_at TIMESTAMPTZ,
    CONSTRAINT has_address CHECK (to_address IS NOT NULL OR recipient_person IS NOT NULL)
);
CREATE INDEX outgoing_email_due ON outgoing_email (not_before) WHERE state IN ('PENDING', 'SENDING');
CREATE INDEX outgoing_email_failed ON outgoing_email (created_at) WHERE state = 'FAILED';

-- Where e-mail for a role in an organisation goes (e.g. a trust's education-lead team mailbox).
CREATE TABLE organisation_contact (
    org_id UUID NOT NULL,
    role TEXT NOT NULL,
    email TEXT NOT NULL,
    PRIMARY KEY (org_id, role)
);
