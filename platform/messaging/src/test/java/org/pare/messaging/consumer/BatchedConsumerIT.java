package org.pare.messaging.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pare.messaging.MessagingFixtures.anEvent;
import static org.pare.messaging.MessagingFixtures.count;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pare.messaging.CloudEventHeaders;
import org.pare.messaging.EventEnvelope;
import org.pare.messaging.JdbcTransactionRunner;
import org.pare.messaging.MessagingFixtures;
import org.pare.messaging.outbox.KafkaEventPublisher;
import org.pare.testing.Kafka;
import org.pare.testing.RealInfrastructure;

/** The records of a poll applied in batches, one transaction each, with the guarantees of one by one. */
@ExtendWith(RealInfrastructure.class)
class BatchedConsumerIT {
    private DataSource dataSource;
    private String topic;
    private String bootstrap;
    private Producer<String, byte[]> producer;
    private SimpleMeterRegistry meters;
    private IdempotentConsumer consumer;

    @BeforeEach
    void setUp(Kafka kafka) {
        dataSource = MessagingFixtures.aMigratedDatabase("batched");
        MessagingFixtures.execute(dataSource, "CREATE TABLE applied_in (event_id UUID NOT NULL, tx BIGINT NOT NULL)");
        topic = MessagingFixtures.aTopic("batched");
        bootstrap = kafka.bootstrapServers();
        producer = new KafkaProducer<>(KafkaEventPublisher.producerProperties(bootstrap, "test", Map.of()));
        meters = new SimpleMeterRegistry();
    }

    @AfterEach
    void tearDown() {
        if (consumer != null) {
            consumer.close();
        }
        producer.close();
    }

    @Test
    void a_backlog_is_applied_in_few_transactions_each_event_exactly_once() throws Exception {
        // given 250 events waiting before the consumer starts
        List<EventEnvelope> events = send(250);

        // when
        consumer = start("backlog", 100, MessagingFixtures::applyEffect);

        // then
        awaitOffsets("backlog", 250);
        assertThat(count(dataSource, "SELECT count(DISTINCT event_id) FROM effect"))
                .isEqualTo(250);
        assertThat(count(dataSource, "SELECT count(*) FROM effect")).isEqualTo(250);
        assertThat(count(dataSource, "SELECT count(DISTINCT tx) FROM applied_in"))
                .as("transactions for 250 events in batches of 100")
                .isBetween(3L, 20L);
        assertThat(events).hasSize(250);
    }

    @Test
    void an_event_delivered_twice_in_one_batch_and_again_in_a_later_batch_is_applied_once() throws Exception {
        // given an event already applied
        consumer = start("duplicates", 100, MessagingFixtures::applyEffect);
        EventEnvelope first = anEvent(topic, "aggregate-1", 1);
        producer.send(CloudEventHeaders.toRecord(first)).get();
        awaitOffsets("duplicates", 1);
        consumer.close();

        // when it comes again twice in the next batch, with new events around it
        EventEnvelope second = anEvent(topic, "aggregate-1", 2);
        for (EventEnvelope event : List.of(first, second, second, anEvent(topic, "aggregate-1", 3), first)) {
            producer.send(CloudEventHeaders.toRecord(event)).get();
        }
        consumer = start("duplicates", 100, MessagingFixtures::applyEffect);

        // then
        awaitOffsets("duplicates", 6);
        assertThat(count(dataSource, "SELECT count(*) FROM effect")).isEqualTo(3);
        assertThat(count(dataSource, "SELECT count(*) FROM effect WHERE event_id = '" + second.id() + "'"))
                .isEqualTo(1);
        assertThat(meters.get("pare.consumer.duplicates").counter().count()).isEqualTo(3.0);
    }

    @Test
    void a_poison_record_in_a_batch_is_dead_lettered_after_its_tries_and_the_rest_of_its_batch_applied_once()
            throws Exception {
        // given ten events, the fifth of which the handler always refuses
        List<EventEnvelope> events = send(10);

        // when
        consumer = start("poison", 100, (event, connection) -> {
            if (MessagingFixtures.thingOf(event).n() == 5) {
                throw new IllegalStateException("poison 5");
            }
            MessagingFixtures.applyEffect(event, connection);
        });

        // then
        awaitOffsets("poison", 10);
        assertThat(count(dataSource, "SELECT count(*) FROM effect")).isEqualTo(9);
        assertThat(count(dataSource, "SELECT count(DISTINCT event_id) FROM effect"))
                .isEqualTo(9);
        assertThat(count(dataSource, "SELECT count(*) FROM effect WHERE n = 5")).isZero();
        assertThat(count(dataSource, "SELECT count(*) FROM processed_event")).isEqualTo(9);
        List<ConsumerRecord<String, byte[]>> dead = MessagingFixtures.readAll(DeadLetters.topicFor(topic));
        assertThat(dead).hasSize(1);
        assertThat(CloudEventHeaders.text(dead.get(0).headers(), DeadLetters.ERROR))
                .contains("poison 5");
        assertThat(CloudEventHeaders.text(dead.get(0).headers(), DeadLetters.ATTEMPTS))
                .isEqualTo("2");
        assertThat(new String(dead.get(0).headers().lastHeader("ce_id").value()))
                .isEqualTo(events.get(4).id().toString());
        assertThat(meters.get("pare.consumer.batch.fallbacks").counter().count())
                .isGreaterThanOrEqualTo(1.0);
    }

    /** Sends {@code n} events numbered 1 to n on one key, so they are read in order. */
    private List<EventEnvelope> send(int n) throws Exception {
        List<EventEnvelope> events = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            EventEnvelope event = anEvent(topic, "aggregate-1", i);
            events.add(event);
            producer.send(CloudEventHeaders.toRecord(event));
        }
        producer.flush();
        return events;
    }

    private IdempotentConsumer start(String name, int batchSize, EventHandler effect) {
        EventHandler recordingTransaction = (event, connection) -> {
            effect.handle(event, connection);
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO applied_in VALUES (?, txid_current())")) {
                insert.setObject(1, event.id());
                insert.executeUpdate();
            }
        };
        Subscription subscription =
                Subscription.of(name, List.of(topic), recordingTransaction).withRetries(2, Duration.ofMillis(10));
        return new IdempotentConsumer(
                        subscription,
                        KafkaConsumers.create(bootstrap, name, Map.of()),
                        producer,
                        new JdbcTransactionRunner(dataSource),
                        meters,
                        batchSize)
                .start();
    }

    private void awaitOffsets(String group, long total) throws Exception {
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> committed(group) >= total);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("group " + group + " committed " + committed(group) + " of " + total
                    + " offsets; effect rows " + count(dataSource, "SELECT count(*) FROM effect")
                    + "; consumer stopped by " + (consumer == null ? "-" : consumer.stoppedBy()));
        }
    }

    private long committed(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().values().stream()
                    .mapToLong(OffsetAndMetadata::offset)
                    .sum();
        }
    }
}
