package org.pare.notification;

import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pare.learner.events.LearnerTopics;
import org.pare.learner.events.PersonRegistered;
import org.pare.messaging.contract.ConsumedEvent;
import org.pare.messaging.contract.DeadLetterContract;
import org.pare.supervisor.events.FeedbackGiven;
import org.pare.supervisor.events.SupervisorTopics;
import org.pare.testing.ServiceTestProperties;

/** Poison events in each of notification-service's consumers: dead-lettered, the partition moves on, replayable after a fix. */
@MicronautTest(transactional = false)
class DeadLettersIT extends DeadLetterContract implements TestPropertyProvider {
    private Map<String, String> properties;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = ServiceTestProperties.forService("notification");
        }
        return properties;
    }

    @Override
    protected List<ConsumedEvent> consumedEvents() {
        return List.of(
                new ConsumedEvent("notification-service.directory", LearnerTopics.PERSON, PersonRegistered.TYPE, () -> {
                    UUID id = UUID.randomUUID();
                    return write(new PersonRegistered(id, "p-" + id, "Pat Example", "pat@example.org", "NURSING"));
                }),
                new ConsumedEvent(
                        "notification-service.activity",
                        SupervisorTopics.FEEDBACK,
                        FeedbackGiven.TYPE,
                        () -> write(new FeedbackGiven(
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                List.of("communication"),
                                null,
                                Instant.now()))));
    }

    private byte[] write(Object event) {
        try {
            return json.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
