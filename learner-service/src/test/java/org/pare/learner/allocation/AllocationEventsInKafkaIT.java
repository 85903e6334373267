package org.pare.learner.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.learner.allocation.AllocationApi.adminOf;
import static org.pare.learner.allocation.AllocationRows.aRow;
import static org.pare.learner.allocation.AllocationRows.csv;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pare.learner.events.LearnerTopics;
import org.pare.testing.ServiceTestProperties;
import org.pare.testing.TestInfrastructure;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllocationEventsInKafkaIT implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("learner");
    }

    @Test
    void an_allocation_reaches_kafka_as_a_cloud_event_keyed_by_placement_id() {
        // given
        String login = AllocationUploadIT.tag();
        String body = new AllocationApi(server.getURI())
                .upload(csv(List.of(aRow(login, login))), adminOf(UUID.randomUUID()))
                .body();
        String placementId = body.replaceAll(".*\"placementId\":\"([^\"]+)\".*", "$1");

        // when
        List<ConsumerRecord<String, String>> records = readUntilKey(LearnerTopics.PLACEMENT, placementId);

        // then
        ConsumerRecord<String, String> allocated = records.get(records.size() - 1);
        assertThat(new String(allocated.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("pare.learner.PlacementAllocated.v1");
        assertThat(allocated.value()).contains("\"placementId\":\"" + placementId + "\"", "\"areaName\":\"Ward 7\"");
        assertThat(allocated.value()).doesNotContain("Learner " + login);
    }

    private static List<ConsumerRecord<String, String>> readUntilKey(String topic, String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestInfrastructure.get().kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "allocation-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            while (matching.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (key.equals(r.key())) {
                        matching.add(r);
                    }
                });
            }
        }
        assertThat(matching).as("records keyed " + key + " on " + topic).isNotEmpty();
        return matching;
    }
}
