package org.pare.evaluation.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A completed placement opened an evaluation invitation for its learner. The invitation, not the answers, is
 * what knows the learner. Published on {@link EvaluationTopics#EVALUATION}, key = invitation id. At least once;
 * deduplicate on the event id.
 *
 * @param dueOn the day after which the invitation counts as not returned
 */
@Serdeable
public record EvaluationInvited(
        UUID invitationId,
        UUID learnerId,
        UUID placementId,
        UUID areaId,
        int questionnaireVersion,
        Instant invitedAt,
        LocalDate dueOn) {
    public static final String TYPE = "pare.evaluation.EvaluationInvited.v1";
}
