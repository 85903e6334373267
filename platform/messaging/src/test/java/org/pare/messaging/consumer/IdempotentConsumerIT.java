package org.pare.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pare.messaging.MessagingFixtures.anEvent;
import static org.pare.messaging.MessagingFixtures.count;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pare.messaging.CloudEventHeaders;
import org.pare.messaging.EventEnvelope;
import org.pare.messaging.JdbcTransactionRunner;
import org.pare.messaging.MessagingFixtures;
import org.pare.messaging.micronaut.ConsumerHealthIndicator;
import org.pare.messaging.outbox.KafkaEventPublisher;
import org.pare.testing.Kafka;
import org.pare.testing.RealInfrastructure;

@ExtendWith(RealInfrastructure.class)
class IdempotentConsumerIT {
    private DataSource dataSource;
    private String topic;
    private String bootstrap;
    private Producer<String, byte[]> producer;
    private IdempotentConsumer consumer;

    @BeforeEach
    void setUp(Kafka kafka) {
        dataSource = MessagingFixtures.aMigratedDatabase("consumer");
        topic = MessagingFixtures.aTopic("consumer");
        bootstrap = kafka.bootstrapServers();
        producer = new KafkaProducer<>(KafkaEventPublisher.producerProperties(bootstrap, "test", Map.of()));
    }

    @AfterEach
    void tearDown() {
        if (consumer != null) {
            consumer.close();
        }
        producer.close();
    }

    @Test
    void a_record_that_is_not_a_cloud_event_goes_to_the_dead_letter_topic_untried_and_the_next_is_handled()
            throws Exception {
        // given
        AtomicBoolean handlerSawGarbage = new AtomicBoolean();
        consumer = start("malformed", (event, connection) -> {
            if (event.subject().equals("garbage")) {
                handlerSawGarbage.set(true);
            }
            MessagingFixtures.applyEffect(event, connection);
        });

        // when
        producer.send(new ProducerRecord<>(topic, "aggregate-1", "{not json".getBytes(StandardCharsets.UTF_8)))
                .get();
        EventEnvelope good = anEvent(topic, "aggregate-1", 1);
        producer.send(CloudEventHeaders.toRecord(good)).get();

        // then
        await().atMost(Duration.ofSeconds(30)).until(() -> count(dataSource, "SELECT count(*) FROM effect") == 1);
        List<ConsumerRecord<String, byte[]>> dead = awaitDeadLetters(1);
        assertThat(CloudEventHeaders.text(dead.get(0).headers(), DeadLetters.ERROR))
                .contains("missing header ce_id");
        assertThat(CloudEventHeaders.text(dead.get(0).headers(), DeadLetters.ATTEMPTS))
                .isEqualTo("0");
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
        assertThat(handlerSawGarbage).isFalse();
    }

    @Test
    void an_event_of_a_type_nobody_handles_is_skipped_and_the_consumer_goes_on() throws Exception {
        // given
        EventRouter router = EventRouter.builder()
                .on(MessagingFixtures.TYPE, MessagingFixtures::applyEffect)
                .build();
        consumer = start("router", router);

        // when
        EventEnvelope unknown = EventEnvelope.of(
                "test-service",
                "pare.test.ThingHappened.v2",
                topic,
                "aggregate-1",
                "{}".getBytes(StandardCharsets.UTF_8),
                null);
        producer.send(CloudEventHeaders.toRecord(unknown)).get();
        producer.send(CloudEventHeaders.toRecord(anEvent(topic, "aggregate-1", 1)))
                .get();

        // then
        await().atMost(Duration.ofSeconds(30)).until(() -> count(dataSource, "SELECT count(*) FROM effect") == 1);
        assertThat(count(dataSource, "SELECT count(*) FROM processed_event WHERE event_type LIKE '%.v2'"))
                .isEqualTo(1);
        assertThat(MessagingFixtures.readAll(DeadLetters.topicFor(topic))).isEmpty();
    }

    @Test
    void a_dead_lettered_event_is_handled_once_after_a_fix_and_a_replay() throws Exception {
        // given a handler that is broken for now
        AtomicBoolean broken = new AtomicBoolean(true);
        consumer = start("replay", (event, connection) -> {
            if (broken.get()) {
                throw new IllegalStateException("bug 123");
            }
            MessagingFixtures.applyEffect(event, connection);
        });
        EventEnvelope event = anEvent(topic, "aggregate-1", 1);
        producer.send(CloudEventHeaders.toRecord(event)).get();
        List<ConsumerRecord<String, byte[]>> dead = awaitDeadLetters(1);
        assertThat(CloudEventHeaders.text(dead.get(0).headers(), DeadLetters.ERROR))
                .contains("bug 123");

        // when the fix is deployed and the dead letters replayed, twice
        broken.set(false);
        int replayed = DeadLetterReplay.replay(bootstrap, topic);
        int replayedAgain = DeadLetterReplay.replay(bootstrap, topic);

        // then
        assertThat(replayed).isEqualTo(1);
        assertThat(replayedAgain).isZero();
        await().atMost(Duration.ofSeconds(30)).until(() -> count(dataSource, "SELECT count(*) FROM effect") == 1);
        Thread.sleep(500);
        assertThat(count(dataSource, "SELECT count(*) FROM effect WHERE event_id = '" + event.id() + "'"))
                .isEqualTo(1);
    }

    @Test
    void closing_lets_the_event_in_hand_finish_and_commits_its_offset() throws Exception {
        // given a handler that is mid-way when the consumer is told to close
        CountDownLatch inHandler = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        consumer = start("shutdown", (event, connection) -> {
            inHandler.countDown();
            release.await(10, TimeUnit.SECONDS);
            MessagingFixtures.applyEffect(event, connection);
        });
        producer.send(CloudEventHeaders.toRecord(anEvent(topic, "aggregate-1", 1)))
                .get();
        assertThat(inHandler.await(30, TimeUnit.SECONDS)).isTrue();

        // when
        Thread closing = new Thread(consumer::close);
        closing.start();
        Thread.sleep(300);
        release.countDown();
        closing.join(30_000);
        consumer = null;

        // then
        assertThat(count(dataSource, "SELECT count(*) FROM effect")).isEqualTo(1);
        assertThat(committedOffsets("shutdown").values().stream()
                        .mapToLong(OffsetAndMetadata::offset)
                        .sum())
                .isEqualTo(1);
    }

    @Test
    void a_consumer_dropped_by_its_group_while_handling_an_event_carries_on_and_handles_each_event_once()
            throws Exception {
        // given a handler that outlasts max.poll.interval.ms on the first event, so the offset commit after it fails
        AtomicBoolean slow = new AtomicBoolean(true);
        consumer = start("dropped", Map.of(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 1_000), (event, connection) -> {
            if (slow.getAndSet(false)) {
                Thread.sleep(3_000);
            }
            MessagingFixtures.applyEffect(event, connection);
        });
        EventEnvelope first = anEvent(topic, "aggregate-1", 1);
        producer.send(CloudEventHeaders.toRecord(first)).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> count(dataSource, "SELECT count(*) FROM effect") == 1);

        // when
        producer.send(CloudEventHeaders.toRecord(anEvent(topic, "aggregate-1", 2)))
                .get();

        // then
        await().atMost(Duration.ofSeconds(60)).until(() -> count(dataSource, "SELECT count(*) FROM effect") == 2);
        assertThat(count(dataSource, "SELECT count(*) FROM effect WHERE event_id = '" + first.id() + "'"))
                .isEqualTo(1);
    }

    @Test
    void a_member_whose_offset_commit_meets_a_rebalance_keeps_consuming_after_the_other_member_leaves()
            throws Exception {
        // given a member busy with an event when a second member joins its group, so its commit meets the rebalance
        CountDownLatch busy = new CountDownLatch(1);
        AtomicBoolean slow = new AtomicBoolean(true);
        consumer = start("rejoined", (event, connection) -> {
            if (slow.getAndSet(false)) {
                busy.countDown();
                Thread.sleep(3_000);
            }
            MessagingFixtures.applyEffect(event, connection);
        });
        producer.send(CloudEventHeaders.toRecord(anEvent(topic, "aggregate-0", 1)))
                .get();
        assertThat(busy.await(30, TimeUnit.SECONDS)).isTrue();
        IdempotentConsumer second = start("rejoined", MessagingFixtures::applyEffect);
        for (int i = 1; i <= 12; i++) {
            producer.send(CloudEventHeaders.toRecord(anEvent(topic, "aggregate-" + i, 1)));
        }
        producer.flush();
        await().atMost(Duration.ofSeconds(60)).until(() -> count(dataSource, "SELECT count(*) FROM effect") == 13);

        // when the second member leaves and more events arrive on every partition
        second.close();
        for (int i = 1; i <= 12; i++) {
            producer.send(CloudEventHeaders.toRecord(anEvent(topic, "aggregate-" + i, 2)));
        }
        producer.flush();

        // then the first member, alone again, applies them all, each once, and commits their offsets
        await().atMost(Duration.ofSeconds(60))
                .until(() -> committedOffsets("rejoined").values().stream()
                                .mapToLong(OffsetAndMetadata::offset)
                                .sum()
                        == 25);
        assertThat(count(dataSource, "SELECT count(*) FROM effect")).isEqualTo(25);
        assertThat(count(dataSource, "SELECT count(DISTINCT event_id) FROM effect"))
                .isEqualTo(25);
    }

    @Test
    void a_consumer_stopped_by_an_error_it_cannot_carry_on_after_says_why_and_reports_down() {
        // given a subscription to a topic name the broker refuses
        Subscription subscription =
                Subscription.of("refused", List.of("not a topic name!"), MessagingFixtures::applyEffect);

        // when
        consumer = new IdempotentConsumer(
                        subscription,
                        KafkaConsumers.create(bootstrap, "refused", Map.of()),
                        producer,
                        new JdbcTransactionRunner(dataSource),
                        new SimpleMeterRegistry())
                .start();

        // then
        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.stoppedBy() != null);
        assertThat(consumer.stoppedBy()).isInstanceOf(InvalidTopicException.class);
        HealthResult health = ConsumerHealthIndicator.of(List.of(consumer));
        assertThat(health.getStatus()).isEqualTo(HealthStatus.DOWN);
        assertThat(health.getDetails().toString()).contains("refused=stopped: ");
    }

    @Test
    void a_running_consumer_reports_up() throws Exception {
        consumer = start("healthy", MessagingFixtures::applyEffect);
        producer.send(CloudEventHeaders.toRecord(anEvent(topic, "aggregate-1", 1)))
                .get();
        await().atMost(Duration.ofSeconds(30)).until(() -> count(dataSource, "SELECT count(*) FROM effect") == 1);

        HealthResult health = ConsumerHealthIndicator.of(List.of(consumer));

        assertThat(consumer.stoppedBy()).isNull();
        assertThat(health.getStatus()).isEqualTo(HealthStatus.UP);
        assertThat(health.getDetails().toString()).contains("healthy=running");
    }

    private IdempotentConsumer start(String name, EventHandler handler) {
        return start(name, Map.of(), handler);
    }

    private IdempotentConsumer start(String name, Map<String, Object> overrides, EventHandler handler) {
        Subscription subscription =
                Subscription.of(name, List.of(topic), handler).withRetries(2, Duration.ofMillis(10));
        return new IdempotentConsumer(
                        subscription,
                        KafkaConsumers.create(bootstrap, name, overrides),
                        producer,
                        new JdbcTransactionRunner(dataSource),
                        new SimpleMeterRegistry())
                .start();
    }

    private List<ConsumerRecord<String, byte[]>> awaitDeadLetters(int expected) {
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        MessagingFixtures.readAll(DeadLetters.topicFor(topic)).size() >= expected);
        return MessagingFixtures.readAll(DeadLetters.topicFor(topic));
    }

    private Map<TopicPartition, OffsetAndMetadata> committedOffsets(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            return admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
        }
    }
}
