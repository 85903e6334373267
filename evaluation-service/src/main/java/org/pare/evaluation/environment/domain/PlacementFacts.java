package org.pare.evaluation.environment.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A placement as the latest allocation describes it, with the names of its trust, site and area. */
public record PlacementFacts(
        UUID placementId,
        UUID learnerId,
        UUID universityId,
        UUID trustId,
        String trustName,
        UUID siteId,
        String siteName,
        UUID areaId,
        String areaName,
        String profession,
        LocalDate startDate,
        LocalDate endDate,
        UUID practiceAssessorId,
        UUID academicAssessorId) {}
