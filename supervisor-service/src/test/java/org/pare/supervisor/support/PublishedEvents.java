package org.pare.supervisor.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.pare.testing.TestInfrastructure;

/** Reads what the service published from the real broker, as another service would. */
public final class PublishedEvents {
    private PublishedEvents() {}

    /** The bodies of every event of {@code type} keyed {@code subject} on the topic, after waiting {@code settle}. */
    public static List<String> bodies(String topic, String type, String subject, int atLeast) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        List<String> found = new ArrayList<>();
        long deadline = System.nanoTime() + Fixtures.PATIENCE.toNanos();
        long quietUntil = Long.MAX_VALUE;
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    var header = record.headers().lastHeader("ce_type");
                    if (subject.equals(record.key())
                            && header != null
                            && type.equals(new String(header.value(), StandardCharsets.UTF_8))) {
                        found.add(new String(record.value(), StandardCharsets.UTF_8));
                    }
                }
                if (found.size() >= atLeast && quietUntil == Long.MAX_VALUE) {
                    // Keep reading a little longer, so a duplicate would be seen too.
                    quietUntil = System.nanoTime() + Duration.ofSeconds(1).toNanos();
                }
            }
        }
        return found;
    }
}
