package org.pare.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pare.messaging.MessagingFixtures.anEvent;
import static org.pare.messaging.MessagingFixtures.count;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pare.messaging.CloudEventHeaders;
import org.pare.messaging.EventEnvelope;
import org.pare.messaging.JdbcTransactionRunner;
import org.pare.messaging.MessagingFixtures;
import org.pare.messaging.TransactionRunner;
import org.pare.messaging.consumer.DeadLetters;
import org.pare.messaging.consumer.IdempotentConsumer;
import org.pare.messaging.consumer.KafkaConsumers;
import org.pare.messaging.consumer.Subscription;
import org.pare.testing.Kafka;
import org.pare.testing.Postgres;
import org.pare.testing.RealInfrastructure;
import org.pare.testing.TestDatabase;

/**
 * The platform's promise under stress: 10,000 events over 50 aggregates, every record delivered twice,
 * a relay killed with SIGKILL mid-batch, and one poison event, still arrive exactly once in effect and
 * in per-aggregate order, with the poison event in the dead-letter topic.
 */
@ExtendWith(RealInfrastructure.class)
class OutboxExactlyOnceIT {
    private static final int AGGREGATES = 50;
    private static final int EVENTS_PER_AGGREGATE = 200;
    private static final int TOTAL = AGGREGATES * EVENTS_PER_AGGREGATE;
    private static final String POISON_AGGREGATE = "aggregate-13";
    private static final int POISON_N = 77;

    @Test
    void ten_thousand_events_arrive_once_in_order_through_duplicates_a_killed_relay_and_a_poison_event(
            Postgres postgres, Kafka kafka) throws Exception {
        // given
        TestDatabase database = postgres.freshDatabase("outbox_proof");
        DataSource dataSource = database.dataSource();
        MessagingFixtures.aMigratedDatabase(dataSource);
        String topic = MessagingFixtures.aTopic("proof");
        TransactionRunner transactions = new JdbcTransactionRunner(dataSource);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        List<IdempotentConsumer> consumers =
                List.of(aConsumer(topic, kafka, transactions, meters), aConsumer(topic, kafka, transactions, meters));
        consumers.forEach(IdempotentConsumer::start);
        Process doomedRelay = startRelayProcess(database, kafka, 200, 5);

        // when: writers commit while the first relay runs, hangs mid-batch and is killed
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Void>> writing = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writing.add(CompletableFuture.runAsync(() -> writeEvents(transactions, topic, writer), writers));
        }
        List<String> hungBatch = awaitHangingBatch(doomedRelay);
        doomedRelay.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertThat(doomedRelay.isAlive()).isFalse();
        assertThat(unpublished(dataSource, hungBatch))
                .as("the killed relay had sent its batch but not marked it")
                .isEqualTo(hungBatch.size());

        try (OutboxRelay relay = new OutboxRelay(
                        transactions,
                        new DuplicatingPublisher(KafkaEventPublisher.connect(kafka.bootstrapServers(), "relay-2")),
                        RelaySettings.defaults(),
                        new WakeSignal(),
                        meters)
                .start()) {
            CompletableFuture.allOf(writing.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> progress(dataSource) >= TOTAL - 1
                            && !MessagingFixtures.readAll(DeadLetters.topicFor(topic))
                                    .isEmpty());
            Thread.sleep(2_000); // room for any late duplicate to (wrongly) apply
        } finally {
            consumers.forEach(IdempotentConsumer::close);
            writers.shutdownNow();
        }

        // then
        assertThat(count(dataSource, "SELECT count(*) FROM effect")).isEqualTo(TOTAL - 1);
        assertThat(count(dataSource, "SELECT count(DISTINCT event_id) FROM effect"))
                .isEqualTo(TOTAL - 1);
        assertEveryAggregateAppliedInOrder(dataSource);
        assertThat(count(dataSource, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL"))
                .isZero();
        assertThat(MessagingFixtures.readAll(topic).size())
                .as("every record was on the topic at least twice")
                .isGreaterThanOrEqualTo(2 * TOTAL);
        assertThat(meters.counter("pare.consumer.duplicates", "consumer", "proof-consumer")
                        .count())
                .isGreaterThanOrEqualTo(TOTAL - 1);
        assertOnlyThePoisonEventIsDeadLettered(topic);
    }

    private static IdempotentConsumer aConsumer(
            String topic, Kafka kafka, TransactionRunner transactions, SimpleMeterRegistry meters) {
        Subscription subscription = Subscription.of("proof-consumer", List.of(topic), (event, connection) -> {
                    MessagingFixtures.Thing thing = MessagingFixtures.thingOf(event);
                    if (thing.aggregate().equals(POISON_AGGREGATE) && thing.n() == POISON_N) {
                        throw new IllegalStateException("poison: cannot apply " + thing);
                    }
                    MessagingFixtures.applyEffect(event, connection);
                })
                .withRetries(3, Duration.ofMillis(20));
        return new IdempotentConsumer(
                subscription,
                KafkaConsumers.create(kafka.bootstrapServers(), "proof-consumer", Map.of()),
                new KafkaProducer<>(KafkaEventPublisher.producerProperties(kafka.bootstrapServers(), "dlt", Map.of())),
                transactions,
                meters);
    }

    /** Writer w owns aggregates w, w+4, ...; each transaction commits the next 5 events of one aggregate. */
    private static void writeEvents(TransactionRunner transactions, String topic, int writer) {
        OutboxWriter outbox = new OutboxWriter();
        for (int start = 1; start <= EVENTS_PER_AGGREGATE; start += 5) {
            for (int a = writer; a < AGGREGATES; a += 4) {
                String aggregate = "aggregate-" + a;
                int first = start;
                transactions.inTransaction(connection -> {
                    for (int n = first; n < first + 5; n++) {
                        outbox.append(connection, anEvent(topic, aggregate, n));
                    }
                    return null;
                });
            }
        }
    }

    private static Process startRelayProcess(TestDatabase database, Kafka kafka, int batchSize, int hangAfter)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        RelayProcess.class.getName(),
                        database.jdbcUrl(),
                        database.username(),
                        database.password(),
                        kafka.bootstrapServers(),
                        Integer.toString(batchSize),
                        Integer.toString(hangAfter))
                .redirectErrorStream(true)
                .start();
    }

    private static List<String> awaitHangingBatch(Process relay) throws Exception {
        CompletableFuture<List<String>> hung = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(relay.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith(RelayProcess.HANGING)) {
                        return List.of(
                                line.substring(RelayProcess.HANGING.length()).split(","));
                    }
                }
                throw new IllegalStateException("relay process ended without hanging");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
        return hung.get(90, TimeUnit.SECONDS);
    }

    private static long progress(DataSource dataSource) {
        long effects = count(dataSource, "SELECT count(*) FROM effect");
        System.out.printf(
                "progress: written %d, published %d, applied %d, idle-in-tx %d%n",
                count(dataSource, "SELECT count(*) FROM outbox_event"),
                count(dataSource, "SELECT count(*) FROM outbox_event WHERE published_at IS NOT NULL"),
                effects,
                count(dataSource, "SELECT count(*) FROM pg_stat_activity WHERE state = 'idle in transaction'"));
        return effects;
    }

    private static long unpublished(DataSource dataSource, List<String> eventIds) {
        return count(
                dataSource,
                "SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND event_id::text IN ('"
                        + String.join("','", eventIds) + "')");
    }

    private static void assertEveryAggregateAppliedInOrder(DataSource dataSource) throws Exception {
        Map<String, List<Integer>> applied = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT aggregate, n FROM effect ORDER BY applied_order")) {
            while (rs.next()) {
                applied.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getInt(2));
            }
        }
        assertThat(applied).hasSize(AGGREGATES);
        applied.forEach((aggregate, ns) -> {
            List<Integer> expected = new ArrayList<>();
            for (int n = 1; n <= EVENTS_PER_AGGREGATE; n++) {
                if (!(aggregate.equals(POISON_AGGREGATE) && n == POISON_N)) {
                    expected.add(n);
                }
            }
            assertThat(ns).as("order of " + aggregate).containsExactlyElementsOf(expected);
        });
    }

    private static void assertOnlyThePoisonEventIsDeadLettered(String topic) {
        List<ConsumerRecord<String, byte[]>> deadLetters = MessagingFixtures.readAll(DeadLetters.topicFor(topic));
        Set<String> things = new HashSet<>();
        for (ConsumerRecord<String, byte[]> record : deadLetters) {
            EventEnvelope event = CloudEventHeaders.fromRecord(record);
            things.add(MessagingFixtures.thingOf(event).toString());
            assertThat(CloudEventHeaders.text(record.headers(), DeadLetters.ERROR))
                    .contains("poison: cannot apply");
            assertThat(CloudEventHeaders.text(record.headers(), DeadLetters.ORIGINAL_TOPIC))
                    .isEqualTo(topic);
            assertThat(CloudEventHeaders.text(record.headers(), DeadLetters.ATTEMPTS))
                    .isEqualTo("3");
        }
        assertThat(things).containsExactly(new MessagingFixtures.Thing(POISON_AGGREGATE, POISON_N).toString());
    }
}
