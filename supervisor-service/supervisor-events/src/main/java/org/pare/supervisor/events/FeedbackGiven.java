package org.pare.supervisor.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A supervisor gave a learner in-the-moment feedback, optionally about one reflection. The feedback's text
 * stays in supervisor-service; the event carries ids and the tags (what it was about, from a fixed list).
 * Published on {@link SupervisorTopics#FEEDBACK}, key = feedback id. At least once; deduplicate on the event id.
 */
@Serdeable
public record FeedbackGiven(
        UUID feedbackId,
        UUID learnerId,
        UUID supervisorId,
        List<String> tags,
        @Nullable UUID reflectionId,
        Instant givenAt) {
    public static final String TYPE = "pare.supervisor.FeedbackGiven.v1";
}
