package org.pare.learner.allocation.domain;

import java.time.Instant;
import java.util.UUID;

/** The audit of one allocation upload: who, which file, and what it changed. */
public record Upload(
        UUID id,
        UUID universityId,
        String uploadedBy,
        String fileSha256,
        int rowCount,
        int placementsCreated,
        int placementsUpdated,
        int placementsUnchanged,
        int peopleCreated,
        int peopleUpdated,
        Instant uploadedAt) {}
