package org.pare.evaluation.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * A learner returned their evaluation. Says only that the invitation was returned: never the answers, which are
 * stored apart from any learner id. Published on {@link EvaluationTopics#EVALUATION}, key = invitation id. At
 * least once; deduplicate on the event id.
 */
@Serdeable
public record EvaluationSubmitted(UUID invitationId, UUID learnerId, UUID placementId, Instant submittedAt) {
    public static final String TYPE = "pare.evaluation.EvaluationSubmitted.v1";
}
