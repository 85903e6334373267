package org.pare.supervisor.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An interview is due on a placement: emitted when the placement is first seen, and again (same interview id)
 * when a placement change moves the due date or the assessor. Published on {@link SupervisorTopics#INTERVIEW},
 * key = interview id. At least once; deduplicate on the event id, and keep the latest per interview id.
 */
@Serdeable
public record InterviewScheduled(
        UUID interviewId,
        UUID placementId,
        UUID learnerId,
        UUID practiceAssessorId,
        InterviewKind kind,
        LocalDate dueOn) {
    public static final String TYPE = "pare.supervisor.InterviewScheduled.v1";
}
