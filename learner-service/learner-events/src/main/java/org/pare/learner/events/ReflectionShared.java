package org.pare.learner.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A learner shared a submitted reflection with some of their supervisors or assessors, asking for
 * feedback or for sign-off. Ids and facts only. At least once; deduplicate on the event id.
 *
 * @param supervisorIds everyone it is shared with by this act (person ids)
 */
@Serdeable
public record ReflectionShared(
        UUID reflectionId,
        UUID learnerId,
        UUID placementId,
        List<UUID> supervisorIds,
        Instant sharedAt,
        Purpose purpose) {
    public static final String TYPE = "pare.learner.ReflectionShared.v1";

    /** What the learner asks the supervisors for. */
    public enum Purpose {
        FEEDBACK,
        SIGN_OFF
    }
}
