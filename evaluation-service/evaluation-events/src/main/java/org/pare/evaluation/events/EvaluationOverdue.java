package org.pare.evaluation.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An invitation is still open some days after it was sent; reminders follow from it. Emitted once per invitation
 * and {@code daysOpen} step (e.g. 3 and 7). Published on {@link EvaluationTopics#EVALUATION}, key = invitation id.
 * At least once; deduplicate on the event id.
 */
@Serdeable
public record EvaluationOverdue(UUID invitationId, UUID learnerId, UUID placementId, int daysOpen, LocalDate dueOn) {
    public static final String TYPE = "pare.evaluation.EvaluationOverdue.v1";
}
