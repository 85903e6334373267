package org.pare.learner.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A learner submitted a reflection (first time, or again after it was returned). Ids and facts only:
 * never the title or the answers, which stay in learner-service. At least once; deduplicate on the event id.
 *
 * @param correctionOf the signed-off reflection this one corrects, if any
 */
@Serdeable
public record ReflectionSubmitted(
        UUID reflectionId,
        UUID learnerId,
        String templateKey,
        int templateVersion,
        @Nullable UUID correctionOf,
        Instant submittedAt) {
    public static final String TYPE = "pare.learner.ReflectionSubmitted.v1";
}
