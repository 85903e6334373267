-- Reminders and escalations to send later: created and cancelled by events, claimed by a sweep with SKIP LOCKED so
-- two instances never send one twice, and kept here so they survive restarts. The id derives from what caused it.
CREATE TABLE scheduled_reminder (
    id UUID PRIMARY KEY,
    kind TEXT NOT NULL,
    subject_id UUID NOT NULL,
    learner_id UUID NOT NULL,
    recipient_person UUID,
    placement_id UUID,
    about_on DATE,
    due_at TIMESTAMPTZ NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('PENDING', 'DONE', 'CANCELLED')),
    created_at TIMESTAMPTZ NOT NULL,
    done_at TIMESTAMPTZ
);
CREATE INDEX scheduled_reminder_due ON scheduled_reminder (due_at) WHERE state = 'PENDING';
CREATE INDEX scheduled_reminder_subject ON scheduled_reminder (subject_id);
