package org.pare.evaluation.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A support flag was raised for a learner, or new reasons were added to an open one. Reasons are codes from a
 * fixed list (e.g. {@code CONCERN_RAISED}, {@code LOW_PULSE}, {@code CONTACT_REQUESTED}, {@code NO_ACTIVITY},
 * {@code SIGN_OFF_PENDING}, {@code MID_POINT_INTERVIEW_MISSED}), never a score. Carries who must be told: the
 * trust (its education leads, addressed by organisation) and the learner's academic assessor. Published on {@link
 * EvaluationTopics#SUPPORT_FLAG}, key = flag id. At least once; deduplicate on the event id.
 */
@Serdeable
public record LearnerFlaggedForSupport(
        UUID flagId, UUID learnerId, UUID trustId, UUID academicAssessorId, List<String> reasons, Instant raisedAt) {
    public static final String TYPE = "pare.evaluation.LearnerFlaggedForSupport.v1";
}
