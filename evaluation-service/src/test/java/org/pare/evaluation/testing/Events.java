package org.pare.evaluation.testing;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.pare.messaging.CloudEventHeaders;
import org.pare.messaging.EventEnvelope;
import org.pare.testing.TestInfrastructure;

/** Other services' events, as their contract records, sent to the real test broker as they would send them. */
public final class Events {
    private final JsonMapper json;

    public Events(JsonMapper json) {
        this.json = json;
    }

    public EventEnvelope of(String source, String topic, String type, Object subject, Object record) {
        try {
            return EventEnvelope.of(source, type, topic, subject.toString(), json.writeValueAsBytes(record), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void produce(EventEnvelope... events) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafka().bootstrapServers());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (EventEnvelope event : events) {
                producer.send(CloudEventHeaders.toRecord(event)).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
