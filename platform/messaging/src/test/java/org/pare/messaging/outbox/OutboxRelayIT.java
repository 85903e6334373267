package org.pare.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.pare.messaging.MessagingFixtures.anEvent;
import static org.pare.messaging.MessagingFixtures.count;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pare.messaging.CloudEventHeaders;
import org.pare.messaging.EventEnvelope;
import org.pare.messaging.JdbcTransactionRunner;
import org.pare.messaging.MessagingFixtures;
import org.pare.messaging.TransactionRunner;
import org.pare.testing.Kafka;
import org.pare.testing.RealInfrastructure;

@ExtendWith(RealInfrastructure.class)
class OutboxRelayIT {

    @Test
    void a_transaction_that_rolls_back_publishes_nothing(Kafka kafka) {
        // given
        DataSource dataSource = MessagingFixtures.aMigratedDatabase("rollback");
        String topic = MessagingFixtures.aTopic("rollback");
        TransactionRunner transactions = new JdbcTransactionRunner(dataSource);
        EventEnvelope rolledBack = anEvent(topic, "aggregate-1", 1);
        EventEnvelope committed = anEvent(topic, "aggregate-1", 2);

        // when
        assertThatThrownBy(() -> transactions.inTransaction(connection -> {
                    new OutboxWriter().append(connection, rolledBack);
                    throw new IllegalStateException("the state change failed");
                }))
                .hasMessageContaining("state change failed");
        transactions.inTransaction(connection -> {
            new OutboxWriter().append(connection, committed);
            return null;
        });
        try (OutboxRelay relay = aRelay(transactions, KafkaEventPublisher.connect(kafka.bootstrapServers(), "r"))
                .start()) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> idsOn(topic).contains(committed.id().toString()));
        }

        // then
        assertThat(idsOn(topic)).containsExactly(committed.id().toString());
        assertThat(count(dataSource, "SELECT count(*) FROM outbox_event")).isEqualTo(1);
    }

    @Test
    void the_relay_is_woken_by_a_commit_not_by_its_poll(Kafka kafka) throws Exception {
        // given a relay whose fallback poll is far longer than the test waits
        DataSource dataSource = MessagingFixtures.aMigratedDatabase("wake");
        String topic = MessagingFixtures.aTopic("wake");
        TransactionRunner transactions = new JdbcTransactionRunner(dataSource);
        WakeSignal signal = new WakeSignal();
        RelaySettings slowPoll =
                new RelaySettings(500, 10, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofMinutes(10));
        try (CommitListener listener = new CommitListener(() -> connect(dataSource), signal).start();
                OutboxRelay relay = new OutboxRelay(
                                transactions,
                                KafkaEventPublisher.connect(kafka.bootstrapServers(), "w"),
                                slowPoll,
                                signal,
                                new SimpleMeterRegistry())
                        .start()) {
            Thread.sleep(1_000); // the relay has found nothing and sleeps on its ten-minute poll

            // when
            EventEnvelope event = anEvent(topic, "aggregate-1", 1);
            transactions.inTransaction(connection -> {
                new OutboxWriter().append(connection, event);
                return null;
            });

            // then
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> idsOn(topic).contains(event.id().toString()));
        }
    }

    @Test
    void an_event_the_broker_keeps_rejecting_is_blocked_after_max_attempts_and_the_rest_flow(Kafka kafka) {
        // given a producer that refuses records over 2 KB, and one event of 5 KB between small ones
        DataSource dataSource = MessagingFixtures.aMigratedDatabase("blocked");
        String topic = MessagingFixtures.aTopic("blocked");
        TransactionRunner transactions = new JdbcTransactionRunner(dataSource);
        EventEnvelope before = anEvent(topic, "aggregate-1", 1);
        EventEnvelope oversized = EventEnvelope.of(
                "test-service",
                MessagingFixtures.TYPE,
                topic,
                "aggregate-1",
                ("{\"aggregate\":\"aggregate-1\",\"n\":2,\"pad\":\"" + "x".repeat(5_000) + "\"}")
                        .getBytes(StandardCharsets.UTF_8),
                null);
        EventEnvelope after = anEvent(topic, "aggregate-1", 3);
        transactions.inTransaction(connection -> {
            OutboxWriter outbox = new OutboxWriter();
            outbox.append(connection, before);
            outbox.append(connection, oversized);
            outbox.append(connection, after);
            return null;
        });
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxMonitor monitor = new OutboxMonitor(transactions);
        monitor.bindTo(meters);
        KafkaEventPublisher strict = new KafkaEventPublisher(new KafkaProducer<>(KafkaEventPublisher.producerProperties(
                kafka.bootstrapServers(), "strict", Map.of("max.request.size", 2_048))));
        RelaySettings settings =
                new RelaySettings(100, 3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofMillis(50));

        // when
        try (OutboxRelay relay = new OutboxRelay(transactions, strict, settings, new WakeSignal(), meters).start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> monitor.state().blocked() == 1);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> idsOn(topic).contains(after.id().toString()));
        }

        // then
        assertThat(count(dataSource, "SELECT attempts FROM outbox_event WHERE blocked_at IS NOT NULL"))
                .isEqualTo(3);
        assertThat(count(
                        dataSource,
                        "SELECT count(*) FROM outbox_event WHERE blocked_at IS NOT NULL"
                                + " AND last_error LIKE '%RecordTooLarge%' AND event_id = '" + oversized.id() + "'"))
                .isEqualTo(1);
        assertThat(idsOn(topic))
                .containsExactly(before.id().toString(), after.id().toString());
        assertThat(meters.get("pare.outbox.blocked").gauge().value()).isEqualTo(1.0);
        assertThat(meters.get("pare.outbox.pending").gauge().value()).isZero();
        assertThat(meters.counter("pare.outbox.publish.failures").count()).isEqualTo(3.0);
    }

    @Test
    void the_writer_refuses_a_connection_outside_a_transaction() throws Exception {
        DataSource dataSource = MessagingFixtures.aMigratedDatabase("autocommit");
        try (Connection connection = dataSource.getConnection()) {
            assertThatThrownBy(() -> new OutboxWriter().append(connection, anEvent("t", "a", 1)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("inside the caller's transaction");
        }
        assertThat(count(dataSource, "SELECT count(*) FROM outbox_event")).isZero();
    }

    private static OutboxRelay aRelay(TransactionRunner transactions, EventPublisher publisher) {
        return new OutboxRelay(
                transactions, publisher, RelaySettings.defaults(), new WakeSignal(), new SimpleMeterRegistry());
    }

    private static List<String> idsOn(String topic) {
        return MessagingFixtures.readAll(topic).stream()
                .map(r -> CloudEventHeaders.fromRecord(r).id().toString())
                .toList();
    }

    private static Connection connect(DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
