package org.pare.learner.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A placement's end date has passed: evaluation invitations and final sign-offs follow from it. Emitted once
 * per placement. Key: placementId. At least once; deduplicate on the event id.
 */
@Serdeable
public record PlacementCompleted(
        UUID placementId, UUID learnerId, UUID universityId, UUID areaId, LocalDate startDate, LocalDate endDate) {
    public static final String TYPE = "pare.learner.PlacementCompleted.v1";
}
