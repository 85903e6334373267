-- Learning environments and the facts evaluation-service keeps from learner-service's events.

-- Trusts and universities, as allocations name them.
CREATE TABLE organisation (
    id   UUID PRIMARY KEY,
    name TEXT
);

CREATE TABLE site (
    id       UUID PRIMARY KEY,
    trust_id UUID NOT NULL REFERENCES organisation (id),
    name     TEXT NOT NULL
);

-- A placement area (ward, community team): built from allocations, details editable by the trust's education lead.
CREATE TABLE placement_area (
    id                UUID PRIMARY KEY,
    site_id           UUID NOT NULL REFERENCES site (id),
    trust_id          UUID NOT NULL REFERENCES organisation (id),
    name              TEXT NOT NULL,
    profession_groups TEXT[] NOT NULL DEFAULT '{}',
    contact           TEXT,
    capacity          INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX placement_area_trust ON placement_area (trust_id);
CREATE INDEX placement_area_site ON placement_area (site_id);

-- This service's copy of the people directory: only what maps a token's subject to a person id.
CREATE TABLE person (
    id                 UUID PRIMARY KEY,
    login_id           TEXT NOT NULL UNIQUE,
    professional_group TEXT
);

-- Placements as allocated (whole state from PlacementAllocated / PlacementChanged).
CREATE TABLE placement (
    id                   UUID PRIMARY KEY,
    learner_id           UUID NOT NULL,
    university_id        UUID NOT NULL,
    trust_id             UUID NOT NULL,
    area_id              UUID NOT NULL REFERENCES placement_area (id),
    profession           TEXT NOT NULL,
    start_date           DATE NOT NULL,
    end_date             DATE NOT NULL,
    practice_assessor_id UUID,
    academic_assessor_id UUID,
    completed            BOOLEAN NOT NULL DEFAULT false,
    final_interview_on   DATE
);
CREATE INDEX placement_learner ON placement (learner_id);
