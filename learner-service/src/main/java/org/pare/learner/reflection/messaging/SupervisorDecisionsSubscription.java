package org.pare.learner.reflection.messaging;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import org.pare.learner.reflection.app.FeedbackReceived;
import org.pare.learner.reflection.app.RecordingSupervisorDecisions;
import org.pare.messaging.EventEnvelope;
import org.pare.messaging.consumer.EventRouter;
import org.pare.messaging.consumer.Subscription;

/** Listens to supervisor-service's sign-offs, returns and feedback. Redelivery is deduplicated by the platform. */
@Factory
class SupervisorDecisionsSubscription {
    static final String CONSUMER = "learner-service.supervisor-decisions";

    @Singleton
    Subscription supervisorDecisions(JsonMapper json, RecordingSupervisorDecisions decisions) {
        EventRouter router = EventRouter.builder()
                .on(SupervisorDecisions.SIGNED_OFF, (event, connection) -> {
                    var e = read(json, event, SupervisorDecisions.SignedOff.class);
                    decisions.signedOff(connection, e.reflectionId(), e.learnerId(), e.signedOffAt());
                })
                .on(SupervisorDecisions.RETURNED, (event, connection) -> {
                    var e = read(json, event, SupervisorDecisions.Returned.class);
                    decisions.returned(connection, e.reflectionId(), e.learnerId(), e.returnedAt());
                })
                .on(SupervisorDecisions.FEEDBACK_GIVEN, (event, connection) -> {
                    var e = read(json, event, SupervisorDecisions.FeedbackGiven.class);
                    decisions.feedbackGiven(
                            connection,
                            new FeedbackReceived(
                                    e.feedbackId(),
                                    e.learnerId(),
                                    e.supervisorId(),
                                    e.reflectionId(),
                                    e.tags() == null ? List.of() : e.tags(),
                                    e.givenAt()));
                })
                .build();
        return Subscription.of(
                CONSUMER, List.of(SupervisorDecisions.SIGN_OFF_TOPIC, SupervisorDecisions.FEEDBACK_TOPIC), router);
    }

    private static <T> T read(JsonMapper json, EventEnvelope event, Class<T> type) throws IOException {
        return json.readValue(event.data(), type);
    }
}
