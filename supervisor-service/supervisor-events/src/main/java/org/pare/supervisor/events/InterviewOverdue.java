package org.pare.supervisor.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An interview's due date passed without it being held. Emitted once per interview and due date. Published on
 * {@link SupervisorTopics#INTERVIEW}, key = interview id. At least once; deduplicate on the event id.
 */
@Serdeable
public record InterviewOverdue(
        UUID interviewId,
        UUID placementId,
        UUID learnerId,
        UUID practiceAssessorId,
        InterviewKind kind,
        LocalDate dueOn) {
    public static final String TYPE = "pare.supervisor.InterviewOverdue.v1";
}
