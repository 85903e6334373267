package org.pare.evaluation.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An area action plan's action was updated; the record carries its whole state but no free text (the "you said, we did"
 * line stays in evaluation-service). {@code ownerLoginId} is the owner's sign-in id (the token subject).
 * Published on {@link EvaluationTopics#ACTION_PLAN}, key = action id. At least once; deduplicate on the event id.
 */
@Serdeable
public record AreaActionUpdated(
        UUID actionId,
        UUID areaId,
        UUID trustId,
        String ownerLoginId,
        LocalDate dueOn,
        ActionStatus status,
        List<String> themes,
        Instant at) {
    public static final String TYPE = "pare.evaluation.AreaActionUpdated.v1";
}
