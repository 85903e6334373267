package org.pare.learner.reflection.messaging;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * learner-service's reading of supervisor-service's events (org.pare.supervisor.events): only the fields
 * it uses, so a producer adding fields breaks nothing here. The golden samples in supervisor-events fix the
 * wire format both sides agree on.
 */
final class SupervisorDecisions {
    static final String SIGN_OFF_TOPIC = "pare.supervisor.signoff";
    static final String FEEDBACK_TOPIC = "pare.supervisor.feedback";
    static final String SIGNED_OFF = "pare.supervisor.ReflectionSignedOff.v1";
    static final String RETURNED = "pare.supervisor.ReflectionReturned.v1";
    static final String FEEDBACK_GIVEN = "pare.supervisor.FeedbackGiven.v1";

    private SupervisorDecisions() {}

    @Serdeable
    record SignedOff(UUID reflectionId, UUID learnerId, Instant signedOffAt) {}

    @Serdeable
    record Returned(UUID reflectionId, UUID learnerId, Instant returnedAt) {}

    @Serdeable
    record FeedbackGiven(
            UUID feedbackId,
            UUID learnerId,
            UUID supervisorId,
            List<String> tags,
            @io.micronaut.core.annotation.Nullable UUID reflectionId,
            Instant givenAt) {}
}
