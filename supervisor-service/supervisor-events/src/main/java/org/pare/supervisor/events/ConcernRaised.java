package org.pare.supervisor.events;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A practice supervisor or assessor raised a cause for concern about a learner, starting an action plan. The
 * description and actions stay in supervisor-service. Carries who must be told: the learner's academic assessor
 * and the trust (whose education leads are addressed by organisation). Published on {@link
 * SupervisorTopics#CONCERN}, key = concern id. At least once; deduplicate on the event id.
 */
@Serdeable
public record ConcernRaised(
        UUID concernId,
        UUID learnerId,
        UUID placementId,
        UUID raisedBy,
        ConcernCategory category,
        UUID academicAssessorId,
        UUID trustId,
        LocalDate reviewOn,
        Instant raisedAt) {
    public static final String TYPE = "pare.supervisor.ConcernRaised.v1";
}
