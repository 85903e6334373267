package org.pare.notification.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.pare.messaging.CloudEventHeaders;
import org.pare.messaging.EventEnvelope;
import org.pare.supervisor.events.SupervisorTopics;
import org.pare.testing.TestInfrastructure;

/**
 * Other services' events as they publish them: the golden sample of each type from its events module, with the
 * ids a test needs put in, sent to the real test broker with CloudEvents headers.
 */
public final class Events {
    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static KafkaProducer<String, byte[]> producer;

    private Events() {}

    /** {@code type} like {@code pare.supervisor.FeedbackGiven.v1}; {@code fields} replace the sample's values. */
    public static EventEnvelope of(String type, String topic, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(sample(type));
        body.putAll(fields);
        try {
            Object subject = body.values().iterator().next();
            return EventEnvelope.of(
                    type.split("\\.")[1] + "-service",
                    type,
                    topic,
                    subject.toString(),
                    JSON.writeValueAsBytes(body),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A {@code FeedbackGiven} from the placement's practice supervisor to its learner. */
    public static EventEnvelope feedbackFor(Fixtures.Placement on) {
        return of(
                "pare.supervisor.FeedbackGiven.v1",
                SupervisorTopics.FEEDBACK,
                Map.of(
                        "feedbackId", UUID.randomUUID(),
                        "learnerId", on.learner().id(),
                        "supervisorId", on.supervisor().id()));
    }

    public static Map<String, Object> sample(String type) {
        String service = type.split("\\.")[1];
        String name = type.substring(type.indexOf('.', 5) + 1) + ".json";
        Path file =
                Path.of("..", service + "-service", service + "-events", "src", "test", "resources", "samples", name);
        try {
            return JSON.readValue(Files.readAllBytes(file), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("no golden sample " + file.toAbsolutePath(), e);
        }
    }

    public static void publish(EventEnvelope... events) {
        for (EventEnvelope event : events) {
            send(CloudEventHeaders.toRecord(event));
        }
        producer().flush();
    }

    public static void send(ProducerRecord<String, byte[]> record) {
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not publish", e);
        }
    }

    public static UUID id() {
        return UUID.randomUUID();
    }

    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(
                    Map.of(
                            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            TestInfrastructure.get().kafka().bootstrapServers()),
                    new StringSerializer(),
                    new ByteArraySerializer());
        }
        return producer;
    }
}
