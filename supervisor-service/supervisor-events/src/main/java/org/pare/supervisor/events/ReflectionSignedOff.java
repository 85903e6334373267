package org.pare.supervisor.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A supervisor or assessor signed off a reflection shared with them; the reflection is locked from now on.
 * Published on {@link SupervisorTopics#SIGN_OFF}, key = reflection id. At least once; deduplicate on the event id.
 */
@Serdeable
public record ReflectionSignedOff(UUID reflectionId, UUID learnerId, UUID supervisorId, Instant signedOffAt) {
    public static final String TYPE = "pare.supervisor.ReflectionSignedOff.v1";
}
