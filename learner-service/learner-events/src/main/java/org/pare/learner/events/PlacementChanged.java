package org.pare.learner.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A placement was changed by a later upload (end date, supervisors, assessors, profession); the record carries
 * the whole new state, not a diff. Key: placementId. At least once;
 * deduplicate on the event id. Names here are of places, never of people: people are referred to by id
 * (see {@link PersonRegistered}).
 */
@Serdeable
public record PlacementChanged(
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
        List<UUID> practiceSupervisorIds,
        UUID practiceAssessorId,
        UUID academicAssessorId) {
    public static final String TYPE = "pare.learner.PlacementChanged.v1";
}
