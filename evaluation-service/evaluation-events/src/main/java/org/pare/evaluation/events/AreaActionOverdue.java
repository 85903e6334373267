package org.pare.evaluation.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An area action passed its due date without being done or dropped. Emitted once per action and due date.
 * Published on {@link EvaluationTopics#ACTION_PLAN}, key = action id. At least once; deduplicate on the event id.
 */
@Serdeable
public record AreaActionOverdue(UUID actionId, UUID areaId, UUID trustId, String ownerLoginId, LocalDate dueOn) {
    public static final String TYPE = "pare.evaluation.AreaActionOverdue.v1";
}
