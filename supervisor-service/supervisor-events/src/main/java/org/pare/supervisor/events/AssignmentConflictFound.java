package org.pare.supervisor.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;

/**
 * An allocation named one person for two roles the SSSA rules keep apart (or a learner for their own
 * supervisor), so supervisor-service did not grant {@code roleRefused} to {@code personId}. The trust's education
 * leads and the university should correct the allocation. Published on {@link SupervisorTopics#ASSIGNMENT}, key =
 * placement id. At least once; deduplicate on the event id.
 *
 * @param rule SUPERVISOR_AND_ASSESSOR, ASSESSOR_AND_ACADEMIC_ASSESSOR or LEARNER_SUPERVISES_THEMSELVES
 * @param roleRefused PRACTICE_SUPERVISOR or PRACTICE_ASSESSOR
 */
@Serdeable
public record AssignmentConflictFound(
        UUID placementId,
        UUID learnerId,
        UUID universityId,
        UUID trustId,
        UUID personId,
        String rule,
        String roleRefused,
        Instant foundAt) {
    public static final String TYPE = "pare.supervisor.AssignmentConflictFound.v1";
}
