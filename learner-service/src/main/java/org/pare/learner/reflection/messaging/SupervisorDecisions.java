package org.pare.learner.reflection.messaging;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pare.supervisor.events.ReflectionReturned;
import org.pare.supervisor.events.ReflectionSignedOff;
import org.pare.supervisor.events.SupervisorTopics;

/**
 * learner-service's reading of supervisor-service's events (org.pare.supervisor.events): topics and types
 * come from the contract module; the records keep only the fields read here, so a producer adding fields breaks nothing here. The golden samples in supervisor-events fix the
 * wire format both sides agree on.
 */
final class SupervisorDecisions {
    static final String SIGN_OFF_TOPIC = SupervisorTopics.SIGN_OFF;
    static final String FEEDBACK_TOPIC = SupervisorTopics.FEEDBACK;
    static final String SIGNED_OFF = ReflectionSignedOff.TYPE;
    static final String RETURNED = ReflectionReturned.TYPE;
    static final String FEEDBACK_GIVEN = org.pare.supervisor.events.FeedbackGiven.TYPE;

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
