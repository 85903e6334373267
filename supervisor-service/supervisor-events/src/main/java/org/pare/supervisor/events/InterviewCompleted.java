package org.pare.supervisor.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * The practice assessor recorded an interview as held. Notes and goals stay in supervisor-service. A completed
 * {@link InterviewKind#FINAL} interview makes the placement's assessment final. Published on {@link
 * SupervisorTopics#INTERVIEW}, key = interview id. At least once; deduplicate on the event id.
 */
@Serdeable
public record InterviewCompleted(
        UUID interviewId,
        UUID placementId,
        UUID learnerId,
        UUID practiceAssessorId,
        InterviewKind kind,
        Instant completedAt) {
    public static final String TYPE = "pare.supervisor.InterviewCompleted.v1";
}
