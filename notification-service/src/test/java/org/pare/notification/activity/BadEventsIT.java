package org.pare.notification.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.pare.messaging.CloudEventHeaders;
import org.pare.messaging.EventEnvelope;
import org.pare.messaging.consumer.DeadLetters;
import org.pare.notification.support.Api;
import org.pare.notification.support.Events;
import org.pare.notification.support.NotificationTestSupport;
import org.pare.supervisor.events.SupervisorTopics;
import org.pare.testing.TestInfrastructure;

/** Unknown types are skipped, unreadable records go to the dead-letter topic, and the consumer carries on. */
@MicronautTest(transactional = false)
class BadEventsIT extends NotificationTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(40);

    @Test
    void an_event_of_an_unknown_version_is_skipped_and_the_next_one_is_handled() {
        var on = aPlacement();
        EventEnvelope good = Events.feedbackFor(on);
        EventEnvelope newer = new EventEnvelope(
                UUID.randomUUID(),
                "supervisor-service",
                "pare.supervisor.FeedbackGiven.v2",
                good.time(),
                good.subject(),
                good.topic(),
                good.data(),
                null);

        Events.publish(newer, good);

        String token = Api.tokenFor(on.learner(), "LEARNER");
        await().atMost(WAIT).until(() -> api().messages(token).size() == 1);
        assertThat(rows().count("SELECT count(*) FROM processed_event WHERE event_id = ?", newer.id()))
                .isEqualTo(1);
        assertThat(rows().count(
                                "SELECT count(*) FROM inbox_message WHERE recipient_person = ?",
                                on.learner().id()))
                .isEqualTo(1);
    }

    @Test
    void records_that_cannot_be_read_go_to_the_dead_letter_topic_and_the_next_event_is_handled() {
        var on = aPlacement();
        String marker = "garbage-" + UUID.randomUUID();
        ProducerRecord<String, byte[]> noHeaders =
                new ProducerRecord<>(SupervisorTopics.FEEDBACK, "k", marker.getBytes(StandardCharsets.UTF_8));
        EventEnvelope notJson = new EventEnvelope(
                UUID.randomUUID(),
                "supervisor-service",
                "pare.supervisor.FeedbackGiven.v1",
                java.time.Instant.now(),
                "k",
                SupervisorTopics.FEEDBACK,
                (marker + "{not json").getBytes(StandardCharsets.UTF_8),
                null);

        Events.send(noHeaders);
        Events.send(CloudEventHeaders.toRecord(notJson));
        Events.publish(Events.feedbackFor(on));

        String token = Api.tokenFor(on.learner(), "LEARNER");
        await().atMost(WAIT).until(() -> api().messages(token).size() == 1);
        await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> deadLettersContaining(marker).size() == 2);
        assertThat(rows().count("SELECT count(*) FROM processed_event WHERE event_id = ?", notJson.id()))
                .isZero();
    }

    /** Reads the whole dead-letter topic from its start, with no consumer group (so no group join to wait for). */
    private static List<ConsumerRecord<String, byte[]>> deadLettersContaining(String marker) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafka().bootstrapServers());
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            String topic = DeadLetters.topicFor(SupervisorTopics.FEEDBACK);
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (new String(record.value(), StandardCharsets.UTF_8).startsWith(marker)) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }
}
