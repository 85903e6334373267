-- One row per reflection and person it was shared with: the "waiting for me" queue.
CREATE TABLE queue_item (
    reflection_id UUID NOT NULL,
    supervisor_id UUID NOT NULL,
    learner_id UUID NOT NULL,
    placement_id UUID NOT NULL,
    purpose TEXT NOT NULL,
    shared_at TIMESTAMPTZ NOT NULL,
    status TEXT NOT NULL DEFAULT 'WAITING',
    PRIMARY KEY (reflection_id, supervisor_id)
);
CREATE INDEX queue_item_waiting ON queue_item (supervisor_id, shared_at) WHERE status = 'WAITING';

-- A signature: the first sign-off of a reflection wins and locks it.
CREATE TABLE sign_off (
    reflection_id UUID PRIMARY KEY,
    learner_id UUID NOT NULL,
    placement_id UUID NOT NULL,
    signed_by UUID NOT NULL,
    signed_at TIMESTAMPTZ NOT NULL,
    countersigned_by UUID,
    countersigned_at TIMESTAMPTZ
);

-- The comment a reflection was returned with; learner-service's pages fetch it by id for the learner.
CREATE TABLE return_comment (
    id UUID PRIMARY KEY,
    reflection_id UUID NOT NULL,
    learner_id UUID NOT NULL,
    supervisor_id UUID NOT NULL,
    comment TEXT NOT NULL,
    returned_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX return_comment_by ON return_comment (reflection_id, supervisor_id);

-- Who did what, when: written in the same transaction as the act. Read by the trust's education lead.
CREATE TABLE audit_entry (
    id BIGSERIAL PRIMARY KEY,
    trust_id UUID NOT NULL,
    actor_id UUID NOT NULL,
    action TEXT NOT NULL,
    object_id UUID NOT NULL,
    at TIMESTAMPTZ NOT NULL
);
CREATE INDEX audit_entry_trust ON audit_entry (trust_id, at DESC, id DESC);
