package org.pare.learner;

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
import org.pare.messaging.contract.ConsumedEvent;
import org.pare.messaging.contract.DeadLetterContract;
import org.pare.supervisor.events.FeedbackGiven;
import org.pare.supervisor.events.ReflectionSignedOff;
import org.pare.supervisor.events.SupervisorTopics;
import org.pare.testing.ServiceTestProperties;

/** Poison events in each of learner-service's consumers: dead-lettered, the partition moves on, replayable after a fix. */
@MicronautTest(transactional = false)
class DeadLettersIT extends DeadLetterContract implements TestPropertyProvider {
    private Map<String, String> properties;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = ServiceTestProperties.forService("learner");
        }
        return properties;
    }

    @Override
    protected List<ConsumedEvent> consumedEvents() {
        return List.of(
                new ConsumedEvent(
                        "learner-service.supervisor-decisions",
                        SupervisorTopics.SIGN_OFF,
                        ReflectionSignedOff.TYPE,
                        () -> write(new ReflectionSignedOff(
                                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Instant.now()))),
                new ConsumedEvent(
                        "learner-service.supervisor-decisions",
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
