package org.pare.evaluation;

import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pare.learner.events.LearnerTopics;
import org.pare.learner.events.PersonRegistered;
import org.pare.learner.events.PulseRecorded;
import org.pare.messaging.contract.ConsumedEvent;
import org.pare.messaging.contract.DeadLetterContract;
import org.pare.testing.ServiceTestProperties;

/** Poison events in each of evaluation-service's consumers: dead-lettered, the partition moves on, replayable after a fix. */
@MicronautTest(transactional = false)
class DeadLettersIT extends DeadLetterContract implements TestPropertyProvider {
    private Map<String, String> properties;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = ServiceTestProperties.forService("evaluation");
        }
        return properties;
    }

    @Override
    protected List<ConsumedEvent> consumedEvents() {
        return List.of(
                new ConsumedEvent("evaluation-service.learner", LearnerTopics.PERSON, PersonRegistered.TYPE, () -> {
                    UUID id = UUID.randomUUID();
                    return write(new PersonRegistered(id, "p-" + id, "Pat Example", "pat@example.org", "NURSING"));
                }),
                new ConsumedEvent(
                        "evaluation-service.support-signals",
                        LearnerTopics.PULSE,
                        PulseRecorded.TYPE,
                        () -> write(new PulseRecorded(
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                LocalDate.now(),
                                true,
                                true,
                                true,
                                4,
                                false,
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
