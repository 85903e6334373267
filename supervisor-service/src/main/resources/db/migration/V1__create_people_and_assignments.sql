-- supervisor-service's own copy of the people directory (from learner-service's PersonRegistered/Changed).
CREATE TABLE person (
    id UUID PRIMARY KEY,
    login_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL
);

-- Who supervises whom: the read model built from PlacementAllocated/PlacementChanged. A role that breaks
-- the SSSA rules is not granted: practice_assessor_id is then null and the breach is in assignment_conflict.
CREATE TABLE placement (
    id UUID PRIMARY KEY,
    learner_id UUID NOT NULL,
    university_id UUID NOT NULL,
    trust_id UUID NOT NULL,
    area_name TEXT NOT NULL,
    profession TEXT NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    practice_assessor_id UUID,
    academic_assessor_id UUID NOT NULL
);
CREATE INDEX placement_learner ON placement (learner_id);
CREATE INDEX placement_assessor ON placement (practice_assessor_id);

CREATE TABLE placement_supervisor (
    placement_id UUID NOT NULL REFERENCES placement (id) ON DELETE CASCADE,
    person_id UUID NOT NULL,
    PRIMARY KEY (placement_id, person_id)
);
CREATE INDEX placement_supervisor_person ON placement_supervisor (person_id);

CREATE TABLE assignment_conflict (
    id UUID PRIMARY KEY,
    placement_id UUID NOT NULL REFERENCES placement (id) ON DELETE CASCADE,
    trust_id UUID NOT NULL,
    learner_id UUID NOT NULL,
    person_id UUID NOT NULL,
    rule TEXT NOT NULL,
    role_refused TEXT NOT NULL,
    found_at TIMESTAMPTZ NOT NULL,
    UNIQUE (placement_id, person_id, rule)
);
CREATE INDEX assignment_conflict_trust ON assignment_conflict (trust_id, found_at DESC);
