-- A share addressed to someone with no relationship to the learner on that placement (not its practice assessor,
-- not one of its practice supervisors). It never enters the queue and no API reads it; it is released into the
-- queue only if a later allocation makes that person the learner's supervisor or assessor on that placement
-- (the allocation can simply arrive after the share: the two come on different topics).
CREATE TABLE held_share (
    reflection_id UUID NOT NULL,
    person_id UUID NOT NULL,
    learner_id UUID NOT NULL,
    placement_id UUID NOT NULL,
    purpose TEXT NOT NULL,
    shared_at TIMESTAMPTZ NOT NULL,
    held_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (reflection_id, person_id)
);
CREATE INDEX held_share_placement ON held_share (placement_id);
