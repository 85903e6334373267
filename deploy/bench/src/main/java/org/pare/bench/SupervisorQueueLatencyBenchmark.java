package org.pare.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.json.JsonMapper;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.pare.learner.events.LearnerTopics;
import org.pare.learner.events.PlacementAllocated;
import org.pare.learner.events.ReflectionShared;
import org.pare.messaging.CloudEventHeaders;
import org.pare.messaging.EventEnvelope;
import org.pare.testing.ServiceTestProperties;
import org.pare.testing.TestInfrastructure;

/**
 * Time from a ReflectionShared event acknowledged by the broker to the item visible in the supervisor's queue
 * (its committed queue_item row), at a fixed offered rate. The events are published directly with a Kafka
 * producer, in the envelope and headers learner-service's outbox relay uses, not through learner-service's
 * share path. supervisor-service runs as its own process, from its runnable jar. See docs/performance.md.
 */
public final class SupervisorQueueLatencyBenchmark {
    private record Sent(long sentNanos, AtomicLong ackNanos) {}

    /** The supervisor every share names, assigned to the learner first: shares to anyone else are held back. */
    private record OnPlacement(UUID supervisor, UUID learner, UUID placement) {}

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("bench.sharesPerSecond", 100);
        int seconds = Integer.getInteger("bench.shareSeconds", 30);
        Map<String, String> properties = ServiceTestProperties.forService("bench_supervisor");
        TestInfrastructure.get().kafka().createTopics(4, LearnerTopics.REFLECTION, LearnerTopics.PLACEMENT);
        try (ServiceProcess service = ServiceProcess.start("supervisor-service", properties, Map.of());
                HikariDataSource db = pool(properties);
                var producer = new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                TestInfrastructure.get().kafka().bootstrapServers(),
                                ProducerConfig.LINGER_MS_CONFIG,
                                0),
                        new StringSerializer(),
                        new ByteArraySerializer())) {
            JsonMapper json = JsonMapper.createDefault();
            OnPlacement on = allocate(producer, json, db);
            say("warm-up: %d shares/s for 5 s (also waits for the consumer group to join)", rate);
            run(producer, json, db, on, rate, 5, new Histogram(60_000_000L, 3), new Histogram(60_000_000L, 3));
            Histogram fromAck = new Histogram(60_000_000L, 3);
            Histogram fromSend = new Histogram(60_000_000L, 3);
            say("measuring: %d shares/s for %d s", rate, seconds);
            long missing = run(producer, json, db, on, rate, seconds, fromAck, fromSend);
            report(rate, seconds, fromAck, fromSend, missing);
        }
        System.exit(0);
    }

    /** Allocates one learner with one practice supervisor, as learner-service would, and waits until applied. */
    private static OnPlacement allocate(KafkaProducer<String, byte[]> producer, JsonMapper json, HikariDataSource db)
            throws Exception {
        var on = new OnPlacement(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        var allocated = new PlacementAllocated(
                on.placement(),
                on.learner(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Bench trust",
                UUID.randomUUID(),
                "Bench site",
                UUID.randomUUID(),
                "Bench ward",
                "NURSING",
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(60),
                List.of(on.supervisor()),
                UUID.randomUUID(),
                UUID.randomUUID());
        producer.send(CloudEventHeaders.toRecord(EventEnvelope.of(
                        "learner-service",
                        PlacementAllocated.TYPE,
                        LearnerTopics.PLACEMENT,
                        on.placement().toString(),
                        json.writeValueAsBytes(allocated),
                        null)))
                .get();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (Connection c = db.getConnection();
                PreparedStatement applied =
                        c.prepareStatement("SELECT 1 FROM placement_supervisor WHERE placement_id = ?")) {
            applied.setObject(1, on.placement());
            while (System.nanoTime() < deadline) {
                try (ResultSet rows = applied.executeQuery()) {
                    if (rows.next()) {
                        return on;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("the allocation was not applied within 60 s");
    }

    /** Publishes at the rate and records each share's latency once its row is seen; returns how many never were. */
    private static long run(
            KafkaProducer<String, byte[]> producer,
            JsonMapper json,
            HikariDataSource db,
            OnPlacement on,
            int rate,
            int seconds,
            Histogram fromAck,
            Histogram fromSend)
            throws Exception {
        Map<UUID, Sent> pending = new ConcurrentHashMap<>();
        Thread watcher = new Thread(() -> watch(db, pending, fromAck, fromSend), "queue-watcher");
        watcher.start();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (int i = 0; i < rate * seconds; i++) {
            long due = start + i * interval;
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            UUID reflection = UUID.randomUUID();
            var shared = new ReflectionShared(
                    reflection,
                    on.learner(),
                    on.placement(),
                    List.of(on.supervisor()),
                    Instant.now(),
                    ReflectionShared.Purpose.SIGN_OFF);
            EventEnvelope event = EventEnvelope.of(
                    "learner-service",
                    ReflectionShared.TYPE,
                    LearnerTopics.REFLECTION,
                    reflection.toString(),
                    json.writeValueAsBytes(shared),
                    null);
            Sent sent = new Sent(System.nanoTime(), new AtomicLong());
            pending.put(reflection, sent);
            producer.send(CloudEventHeaders.toRecord(event), (metadata, e) -> sent.ackNanos()
                    .set(System.nanoTime()));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        watcher.interrupt();
        watcher.join();
        return pending.size();
    }

    private static void watch(HikariDataSource db, Map<UUID, Sent> pending, Histogram fromAck, Histogram fromSend) {
        try (Connection c = db.getConnection();
                PreparedStatement seen =
                        c.prepareStatement("SELECT reflection_id FROM queue_item WHERE reflection_id = ANY (?)")) {
            while (!Thread.currentThread().isInterrupted()) {
                if (pending.isEmpty()) {
                    Thread.sleep(1);
                    continue;
                }
                Array ids = c.createArrayOf("uuid", pending.keySet().toArray());
                seen.setArray(1, ids);
                try (ResultSet rows = seen.executeQuery()) {
                    long now = System.nanoTime();
                    while (rows.next()) {
                        Sent sent = pending.remove(rows.getObject(1, UUID.class));
                        long ack = sent.ackNanos().get();
                        fromSend.recordValue((now - sent.sentNanos()) / 1000);
                        fromAck.recordValue(Math.max(0, now - (ack == 0 ? sent.sentNanos() : ack)) / 1000);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(int rate, int seconds, Histogram fromAck, Histogram fromSend, long missing)
            throws Exception {
        String md = "## Supervisor queue latency, " + LocalDate.now() + "\n\n"
                + String.format(
                        "ReflectionShared published directly to the broker at %d/s for %d s (%,d events);"
                                + " visible = its queue_item row committed by supervisor-service's consumer, seen by a poller"
                                + " every ~1 ms. Load average at the end %s (2 cores, shared). Never seen: %d.%n%n",
                        rate, seconds, fromAck.getTotalCount(), load(), missing)
                + "| From | p50 ms | p90 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n"
                + row("broker ack", fromAck) + row("producer send", fromSend)
                + String.format(
                        "%np99 from ack: %.1f ms (target < 200 ms)%n", fromAck.getValueAtPercentile(99) / 1000.0);
        System.out.println();
        System.out.println(md);
        String output = System.getProperty("bench.output");
        if (output != null) {
            Files.writeString(Path.of(output), md);
        }
    }

    private static String row(String from, Histogram h) {
        return String.format(
                "| %s | %.1f | %.1f | %.1f | %.1f |%n",
                from,
                h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(90) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0,
                h.getMaxValue() / 1000.0);
    }

    private static HikariDataSource pool(Map<String, String> properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(properties.get("datasources.default.url"));
        config.setUsername(properties.get("datasources.default.username"));
        config.setPassword(properties.get("datasources.default.password"));
        config.setMaximumPoolSize(2);
        config.setPoolName("bench-watch");
        return new HikariDataSource(config);
    }

    private static String load() {
        return String.format(
                "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void say(String format, Object... args) {
        System.out.println("[bench] " + String.format(format, args));
    }
}
