-- The initial, mid-point and final interview of each placement, held by its practice assessor.
CREATE TABLE interview (
    id UUID PRIMARY KEY,
    placement_id UUID NOT NULL REFERENCES placement (id) ON DELETE CASCADE,
    learner_id UUID NOT NULL,
    practice_assessor_id UUID,
    kind TEXT NOT NULL,
    due_on DATE NOT NULL,
    notes TEXT,
    goals TEXT,
    completed_at TIMESTAMPTZ,
    learner_confirmed_at TIMESTAMPTZ,
    -- The due date InterviewOverdue was last published for: once per interview and due date.
    overdue_for DATE,
    UNIQUE (placement_id, kind)
);
CREATE INDEX interview_open ON interview (due_on) WHERE completed_at IS NULL;
CREATE INDEX interview_assessor ON interview (practice_assessor_id, due_on);

-- A cause for concern and its action plan.
CREATE TABLE concern (
    id UUID PRIMARY KEY,
    learner_id UUID NOT NULL,
    placement_id UUID NOT NULL,
    trust_id UUID NOT NULL,
    raised_by UUID NOT NULL,
    category TEXT NOT NULL,
    description TEXT NOT NULL,
    actions TEXT NOT NULL,
    support_offered TEXT NOT NULL,
    review_on DATE NOT NULL,
    outcome TEXT,
    outcome_notes TEXT,
    raised_at TIMESTAMPTZ NOT NULL,
    resolved_at TIMESTAMPTZ
);
CREATE INDEX concern_learner ON concern (learner_id);

CREATE TABLE concern_review (
    id UUID PRIMARY KEY,
    concern_id UUID NOT NULL REFERENCES concern (id),
    reviewed_by UUID NOT NULL,
    notes TEXT NOT NULL,
    next_review_on DATE,
    reviewed_at TIMESTAMPTZ NOT NULL
);
