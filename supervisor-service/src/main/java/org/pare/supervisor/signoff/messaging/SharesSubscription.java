package org.pare.supervisor.signoff.messaging;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.pare.learner.events.LearnerTopics;
import org.pare.learner.events.ReflectionShared;
import org.pare.messaging.consumer.EventRouter;
import org.pare.messaging.consumer.Subscription;
import org.pare.supervisor.signoff.app.QueueingShares;

/**
 * Hands each reflection a learner shares to {@link QueueingShares}, once per person it was shared with. A
 * redelivered event is skipped by the platform; a second share of the same reflection adds no second item.
 */
@Factory
class SharesSubscription {
    static final String CONSUMER = "supervisor-service.shares";

    @Singleton
    Subscription shares(JsonMapper json, QueueingShares queueing) {
        EventRouter router = EventRouter.builder()
                .on(ReflectionShared.TYPE, (event, connection) -> {
                    ReflectionShared shared = json.readValue(event.data(), ReflectionShared.class);
                    var share = new QueueingShares.Share(
                            shared.reflectionId(),
                            shared.learnerId(),
                            shared.placementId(),
                            shared.purpose().name(),
                            shared.sharedAt());
                    for (UUID person : shared.supervisorIds()) {
                        queueing.shared(share, person);
                    }
                })
                .build();
        return Subscription.of(CONSUMER, List.of(LearnerTopics.REFLECTION), router);
    }
}
