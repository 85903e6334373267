package org.pare.supervisor.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * The practice assessor countersigned a practice supervisor's sign-off, as the learner's programme requires.
 * Published on {@link SupervisorTopics#SIGN_OFF}, key = reflection id. At least once; deduplicate on the event id.
 */
@Serdeable
public record SignOffCountersigned(
        UUID reflectionId, UUID learnerId, UUID signedOffBy, UUID countersignedBy, Instant countersignedAt) {
    public static final String TYPE = "pare.supervisor.SignOffCountersigned.v1";
}
