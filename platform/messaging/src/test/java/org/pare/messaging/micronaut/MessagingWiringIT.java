package org.pare.messaging.micronaut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.pare.messaging.MessagingFixtures.count;

import io.micronaut.context.ApplicationContext;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pare.messaging.MessagingFixtures;
import org.pare.testing.Kafka;
import org.pare.testing.Postgres;
import org.pare.testing.RealInfrastructure;
import org.pare.testing.TestDatabase;
import reactor.core.publisher.Mono;

/** The platform as a service gets it: Micronaut transactions, the relay and consumers started with the app. */
@ExtendWith(RealInfrastructure.class)
class MessagingWiringIT {
    private ApplicationContext context;
    private DataSource dataSource;
    private String topic;

    @BeforeEach
    void startService(Postgres postgres, Kafka kafka) {
        TestDatabase database = postgres.freshDatabase("wiring");
        dataSource = database.dataSource();
        topic = MessagingFixtures.aTopic("wiring");
        context = ApplicationContext.run(Map.of(
                "datasources.default.url", database.jdbcUrl(),
                "datasources.default.username", database.username(),
                "datasources.default.password", database.password(),
                "pare.messaging.bootstrap-servers", kafka.bootstrapServers(),
                "pare.messaging.source", "wiring-service",
                "test.topic", topic));
        MessagingFixtures.execute(
                dataSource,
                "CREATE TABLE effect (applied_order BIGSERIAL PRIMARY KEY,"
                        + " event_id UUID NOT NULL, aggregate TEXT NOT NULL, n INT NOT NULL)");
    }

    @AfterEach
    void stopService() {
        context.close();
    }

    @Test
    void an_event_published_in_a_committed_transaction_reaches_the_subscription_and_a_rolled_back_one_does_not() {
        // given
        Outbox outbox = context.getBean(Outbox.class);
        @SuppressWarnings("unchecked")
        TransactionOperations<Connection> transactions = context.getBean(TransactionOperations.class);

        // when
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
                    outbox.publish(topic, MessagingFixtures.TYPE, "aggregate-1", new ThingHappened("aggregate-1", 1));
                    throw new IllegalStateException("use case failed");
                }))
                .hasMessageContaining("use case failed");
        var published = transactions.executeWrite(status ->
                outbox.publish(topic, MessagingFixtures.TYPE, "aggregate-1", new ThingHappened("aggregate-1", 2)));

        // then
        await().atMost(Duration.ofSeconds(30)).until(() -> count(dataSource, "SELECT count(*) FROM effect") == 1);
        assertThat(count(dataSource, "SELECT n FROM effect")).isEqualTo(2);
        assertThat(count(
                        dataSource,
                        "SELECT count(*) FROM processed_event WHERE consumer = 'wiring-test'" + " AND event_id = '"
                                + published.id() + "'"))
                .isEqualTo(1);
        assertThat(published.source()).isEqualTo("wiring-service");
    }

    @Test
    void publishing_outside_a_transaction_is_refused() {
        Outbox outbox = context.getBean(Outbox.class);
        assertThatThrownBy(() -> outbox.publish(topic, MessagingFixtures.TYPE, "a", new ThingHappened("a", 1)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transaction");
        assertThat(count(dataSource, "SELECT count(*) FROM outbox_event")).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void health_reports_the_outbox_up_and_then_blocked_events() {
        OutboxHealthIndicator health = context.getBean(OutboxHealthIndicator.class);
        HealthResult up = Mono.from(health.getResult()).block();
        assertThat(up.getStatus()).isEqualTo(HealthStatus.UP);
        assertThat((Map<String, Object>) up.getDetails()).containsEntry("blocked", 0L);

        MessagingFixtures.execute(
                dataSource,
                "INSERT INTO outbox_event (event_id, topic, event_key, event_type, source,"
                        + " occurred_at, payload, blocked_at, attempts) VALUES (gen_random_uuid(), 't', 'k',"
                        + " 'pare.test.X.v1', 's', now(), '{}', now(), 10)");
        HealthResult blocked = Mono.from(health.getResult()).block();
        assertThat(blocked.getStatus().getName()).isEqualTo("BLOCKED_EVENTS");
        assertThat(blocked.getStatus().getOperational()).contains(true);
        assertThat((Map<String, Object>) blocked.getDetails()).containsEntry("blocked", 1L);
    }
}
