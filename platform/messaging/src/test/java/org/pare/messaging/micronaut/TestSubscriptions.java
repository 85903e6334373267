package org.pare.messaging.micronaut;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.List;
import org.pare.messaging.MessagingFixtures;
import org.pare.messaging.consumer.Subscription;

@Factory
@Requires(property = "test.topic")
class TestSubscriptions {

    @Singleton
    Subscription effects(@Value("${test.topic}") String topic) {
        return Subscription.of("wiring-test", List.of(topic), MessagingFixtures::applyEffect);
    }
}
