package org.pare.evaluation.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person closed a learner's support flag. Ids and outcome facts only: the reasons it was raised for (codes), the
 * role of who closed it, whether someone had been named to contact the learner, and when; never the notes left on
 * it. Published on {@link EvaluationTopics#SUPPORT_FLAG}, key = flag id, once per flag. At least once; deduplicate
 * on the event id.
 */
@Serdeable
public record LearnerSupportFlagClosed(
        UUID flagId,
        UUID learnerId,
        UUID trustId,
        UUID academicAssessorId,
        List<String> reasons,
        String closedByRole,
        boolean contactAssigned,
        Instant raisedAt,
        Instant closedAt) {
    public static final String TYPE = "pare.evaluation.LearnerSupportFlagClosed.v1";
}
