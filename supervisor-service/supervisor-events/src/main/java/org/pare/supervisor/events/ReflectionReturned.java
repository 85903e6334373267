package org.pare.supervisor.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A supervisor returned a shared reflection to the learner with a comment. The comment is free text, so it
 * stays in supervisor-service (events carry ids and facts only): consumers learn that and when it was
 * returned, and {@code commentId} lets a page fetch the comment from supervisor-service with the learner's
 * token. Published on {@link SupervisorTopics#SIGN_OFF}, key = reflection id. At least once; deduplicate on
 * the event id.
 */
@Serdeable
public record ReflectionReturned(
        UUID reflectionId, UUID learnerId, UUID supervisorId, UUID commentId, Instant returnedAt) {
    public static final String TYPE = "pare.supervisor.ReflectionReturned.v1";
}
