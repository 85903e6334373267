package org.pare.supervisor;

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
import org.pare.learner.events.PlacementAllocated;
import org.pare.learner.events.ReflectionShared;
import org.pare.messaging.contract.ConsumedEvent;
import org.pare.messaging.contract.DeadLetterContract;
import org.pare.testing.ServiceTestProperties;

/** Poison events in each of supervisor-service's consumers: dead-lettered, the partition moves on, replayable. */
@MicronautTest(transactional = false)
class DeadLettersIT extends DeadLetterContract implements TestPropertyProvider {
    private Map<String, String> properties;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = ServiceTestProperties.forService("supervisor");
        }
        return properties;
    }

    @Override
    protected List<ConsumedEvent> consumedEvents() {
        return List.of(
                new ConsumedEvent("supervisor-service.people", LearnerTopics.PERSON, PersonRegistered.TYPE, () -> {
                    UUID id = UUID.randomUUID();
                    return write(new PersonRegistered(id, "p-" + id, "Pat Example", "pat@example.org", "NURSING"));
                }),
                new ConsumedEvent(
                        "supervisor-service.allocations",
                        LearnerTopics.PLACEMENT,
                        PlacementAllocated.TYPE,
                        () -> write(aPlacement())),
                new ConsumedEvent(
                        "supervisor-service.shares",
                        LearnerTopics.REFLECTION,
                        ReflectionShared.TYPE,
                        () -> write(new ReflectionShared(
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                UUID.randomUUID(),
                                List.of(UUID.randomUUID()),
                                Instant.now(),
                                ReflectionShared.Purpose.SIGN_OFF))));
    }

    private static PlacementAllocated aPlacement() {
        LocalDate today = LocalDate.now();
        return new PlacementAllocated(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Northfield NHS Foundation Trust",
                UUID.randomUUID(),
                "Northfield General Hospital",
                UUID.randomUUID(),
                "Ward 7",
                "NURSING",
                today.minusWeeks(1),
                today.plusWeeks(5),
                List.of(UUID.randomUUID()),
                UUID.randomUUID(),
                UUID.randomUUID());
    }

    private byte[] write(Object event) {
        try {
            return json.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
