package org.pare.supervisor.support;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.pare.learner.events.LearnerTopics;
import org.pare.learner.events.PersonRegistered;
import org.pare.learner.events.PlacementAllocated;
import org.pare.learner.events.PlacementChanged;
import org.pare.learner.events.ReflectionShared;
import org.pare.messaging.CloudEventHeaders;
import org.pare.messaging.EventEnvelope;
import org.pare.testing.TestInfrastructure;

/** learner-service's events, as its outbox would publish them, sent to the real test broker. */
public final class LearnerEvents {
    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static KafkaProducer<String, byte[]> producer;

    private LearnerEvents() {}

    public static EventEnvelope registered(PersonRegistered person) {
        return event(
                LearnerTopics.PERSON, PersonRegistered.TYPE, person.personId().toString(), person);
    }

    public static EventEnvelope allocated(PlacementAllocated placement) {
        return event(
                LearnerTopics.PLACEMENT,
                PlacementAllocated.TYPE,
                placement.placementId().toString(),
                placement);
    }

    public static EventEnvelope changed(PlacementChanged placement) {
        return event(
                LearnerTopics.PLACEMENT,
                PlacementChanged.TYPE,
                placement.placementId().toString(),
                placement);
    }

    public static EventEnvelope shared(ReflectionShared shared) {
        return event(
                LearnerTopics.REFLECTION,
                ReflectionShared.TYPE,
                shared.reflectionId().toString(),
                shared);
    }

    /** Sends each event and waits for the broker's acknowledgement. */
    public static synchronized void produce(EventEnvelope... events) {
        if (producer == null) {
            producer = new KafkaProducer<>(
                    Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            TestInfrastructure.get().kafka().bootstrapServers()),
                    new StringSerializer(),
                    new ByteArraySerializer());
        }
        try {
            for (EventEnvelope event : events) {
                producer.send(CloudEventHeaders.toRecord(event)).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish a test event", e);
        }
    }

    private static EventEnvelope event(String topic, String type, String subject, Object body) {
        try {
            return EventEnvelope.of("learner-service", type, topic, subject, JSON.writeValueAsBytes(body), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
