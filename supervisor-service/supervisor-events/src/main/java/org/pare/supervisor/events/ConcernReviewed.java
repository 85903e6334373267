package org.pare.supervisor.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A concern's action plan was reviewed; {@code nextReviewOn} is absent when no further review is set.
 * Published on {@link SupervisorTopics#CONCERN}, key = concern id. At least once; deduplicate on the event id.
 */
@Serdeable
public record ConcernReviewed(
        UUID concernId, UUID learnerId, UUID reviewedBy, @Nullable LocalDate nextReviewOn, Instant reviewedAt) {
    public static final String TYPE = "pare.supervisor.ConcernReviewed.v1";
}
