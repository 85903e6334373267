package org.pare.supervisor.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A concern was closed with an outcome. Published on {@link SupervisorTopics#CONCERN}, key = concern id. At
 * least once; deduplicate on the event id.
 */
@Serdeable
public record ConcernResolved(UUID concernId, UUID learnerId, UUID resolvedBy, Outcome outcome, Instant resolvedAt) {
    public static final String TYPE = "pare.supervisor.ConcernResolved.v1";

    /** How the action plan ended. */
    public enum Outcome {
        RESOLVED,
        ESCALATED_TO_UNIVERSITY,
        PLACEMENT_ENDED
    }
}
