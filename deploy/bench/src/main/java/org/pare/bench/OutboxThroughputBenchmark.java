package org.pare.bench;

import ch.qos.logback.classic.Level;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.pare.messaging.EventEnvelope;
import org.pare.messaging.JdbcTransactionRunner;
import org.pare.messaging.MessagingSchema;
import org.pare.messaging.TransactionRunner;
import org.pare.messaging.consumer.IdempotentConsumer;
import org.pare.messaging.consumer.KafkaConsumers;
import org.pare.messaging.consumer.Subscription;
import org.pare.messaging.outbox.CommitListener;
import org.pare.messaging.outbox.KafkaEventPublisher;
import org.pare.messaging.outbox.OutboxRelay;
import org.pare.messaging.outbox.OutboxWriter;
import org.pare.messaging.outbox.RelaySettings;
import org.pare.messaging.outbox.WakeSignal;
import org.pare.testing.Kafka;
import org.pare.testing.TestDatabase;
import org.pare.testing.TestInfrastructure;
import org.slf4j.LoggerFactory;

/**
 * Measures, on one embedded PostgreSQL and one in-JVM Kafka broker:
 *
 * <ol>
 *   <li>the raw rate of an idempotent {@code acks=all} producer (the ceiling for any relay);
 *   <li>the outbox path at saturation: writer threads commit events through {@link OutboxWriter}, the
 *       {@link OutboxRelay} (woken by a {@link CommitListener}) publishes them, an {@link IdempotentConsumer}
 *       applies them; throughput from the first commit to the last event applied, and latency from the
 *       writer's commit to the consumer's commit;
 *   <li>the same latency at fixed offered rates below saturation, where it means something.
 * </ol>
 *
 * <p>Settings come from system properties ({@code bench.events}, {@code bench.rates}, ...); see the module's
 * pom.xml and docs/performance.md. Results are printed and written as markdown to {@code bench.output}.
 */
public final class OutboxThroughputBenchmark {
    private static final String RAW_TOPIC = "pare.bench.raw";
    private static final String TOPIC = "pare.bench.thing";
    private static final String TYPE = "pare.bench.ThingChanged.v1";
    private static final String SOURCE = "pare-bench";
    private static final int PARTITIONS = 4;
    private static final int AGGREGATES = 50;

    private final int producerRecords = Integer.getInteger("bench.producerRecords", 50_000);
    private final int events = Integer.getInteger("bench.events", 50_000);
    private final int writers = Integer.getInteger("bench.writers", 4);
    private final int txSize = Integer.getInteger("bench.txSize", 5);
    private final List<Integer> rates = Arrays.stream(
                    System.getProperty("bench.rates", "100,1000").split(","))
            .map(String::trim)
            .filter(r -> !r.isEmpty())
            .map(Integer::valueOf)
            .toList();
    private final int rateSeconds = Integer.getInteger("bench.rateSeconds", 15);
    private final int warmupEvents = Integer.getInteger("bench.warmupEvents", 5_000);
    private final int drainSeconds = Integer.getInteger("bench.drainSeconds", 60);
    /** Extra JDBC URL parameters for the relay's connections only, e.g. {@code prepareThreshold=0}. */
    private final String relayJdbcParams = System.getProperty("bench.relayJdbcParams", "");

    private final Path output = Path.of(System.getProperty("bench.output", "target/bench-results.md"));

    private final Payloads payloads = new Payloads(AGGREGATES);
    private final OutboxWriter outbox = new OutboxWriter();

    /** When the consumer's transaction for an event committed (System.nanoTime), by event id. */
    private final Map<UUID, Long> appliedAt = new ConcurrentHashMap<>();

    private final AtomicLong applied = new AtomicLong();

    /** The event whose handler ran in the consumer's current transaction. */
    private static final ThreadLocal<UUID> HANDLED = new ThreadLocal<>();

    public static void main(String[] args) throws Exception {
        int status = 0;
        try {
            new OutboxThroughputBenchmark().run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        // The in-JVM broker keeps non-daemon threads; the infrastructure's shutdown hook stops both servers.
        System.exit(status);
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        say("starting embedded PostgreSQL and an in-JVM Kafka broker");
        TestInfrastructure infrastructure = TestInfrastructure.get();
        TestDatabase database = infrastructure.postgres().freshDatabase("bench");
        Kafka kafka = infrastructure.kafka();
        kafka.createTopics(PARTITIONS, RAW_TOPIC, TOPIC);
        say("infrastructure up in %.1f s", seconds(System.nanoTime() - started));

        RawResult raw = rawProducer(kafka.bootstrapServers());

        PipelineResults pipeline = outboxPipeline(database, kafka.bootstrapServers());

        double total = seconds(System.nanoTime() - started);
        String markdown = markdown(raw, pipeline, total);
        System.out.println();
        System.out.println(markdown);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, markdown);
        say("results written to %s", output.toAbsolutePath());
        // Stop the broker before the JVM's shutdown hooks run: its hooks and the test kit's race otherwise.
        kafka.close();
    }

    // ---------------------------------------------------------------- 1. raw producer

    record RawResult(int records, double averageBytes, double seconds) {
        double perSecond() {
            return records / seconds;
        }

        double megabytesPerSecond() {
            return records * averageBytes / seconds / 1_000_000;
        }
    }

    private RawResult rawProducer(String bootstrap) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                KafkaEventPublisher.producerProperties(bootstrap, "bench-raw-producer", Map.of()))) {
            int warmup = Math.max(1_000, producerRecords / 5);
            say("raw producer: warm-up %,d records", warmup);
            sendAll(producer, records(warmup));
            List<ProducerRecord<String, byte[]>> records = records(producerRecords);
            double averageBytes =
                    records.stream().mapToInt(r -> r.value().length).average().orElse(0);
            say("raw producer: %,d records of %.0f bytes", producerRecords, averageBytes);
            long start = System.nanoTime();
            sendAll(producer, records);
            RawResult result = new RawResult(producerRecords, averageBytes, seconds(System.nanoTime() - start));
            say("raw producer: %,.0f records/s", result.perSecond());
            return result;
        }
    }

    private List<ProducerRecord<String, byte[]>> records(int count) {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String key = payloads.randomAggregate();
            records.add(new ProducerRecord<>(RAW_TOPIC, key, payloads.body(key, i)));
        }
        return records;
    }

    /** Sends everything and returns when the broker has acknowledged every record. */
    private static void sendAll(KafkaProducer<String, byte[]> producer, List<ProducerRecord<String, byte[]>> records)
            throws InterruptedException {
        CountDownLatch acknowledged = new CountDownLatch(records.size());
        AtomicReference<Exception> failure = new AtomicReference<>();
        for (ProducerRecord<String, byte[]> record : records) {
            producer.send(record, (metadata, error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error);
                }
                acknowledged.countDown();
            });
        }
        producer.flush();
        if (!acknowledged.await(2, TimeUnit.MINUTES) || failure.get() != null) {
            throw new IllegalStateException("raw producer did not get every acknowledgement", failure.get());
        }
    }

    // ---------------------------------------------------------------- 2 and 3. outbox to consumer

    /** One run of events through the pipeline: what was committed when, and the figures derived from it. */
    final class Phase {
        final String name;
        final Map<UUID, Long> committedAt = new ConcurrentHashMap<>();
        final AtomicLong lastCommit = new AtomicLong(Long.MIN_VALUE);
        final Histogram latencyMicros = new Histogram(TimeUnit.MINUTES.toMicros(30), 3);
        volatile long start;
        volatile long publishedBase;
        volatile long appliedBase;
        int rate;
        volatile long publishedAll = -1;
        long end;
        long appliedCount;
        long publishedCount;
        boolean drained;

        Phase(String name) {
            this.name = name;
        }

        void committed(List<EventEnvelope> batch) {
            long now = System.nanoTime();
            for (EventEnvelope event : batch) {
                committedAt.put(event.id(), now);
            }
            lastCommit.accumulateAndGet(now, Math::max);
        }

        int size() {
            return committedAt.size();
        }

        double committedPerSecond() {
            return size() / seconds(lastCommit.get() - start);
        }

        /** Events the relay published per second from the first commit: to the last, or to the deadline. */
        double publishedPerSecond() {
            return publishedAll > 0 ? size() / seconds(publishedAll - start) : publishedCount / seconds(end - start);
        }

        double appliedPerSecond() {
            return appliedCount / seconds(end - start);
        }

        /**
         * Fills the histogram from commit and apply times. An event not applied by {@code deadline} counts with
         * its wait so far, so every percentile is then a lower bound.
         */
        void collect(long deadline, long publishedNow) {
            long last = Long.MIN_VALUE;
            long count = 0;
            for (Map.Entry<UUID, Long> commit : committedAt.entrySet()) {
                Long appliedNanos = appliedAt.get(commit.getKey());
                long until = appliedNanos == null ? deadline : appliedNanos;
                latencyMicros.recordValue(Math.max(0, (until - commit.getValue()) / 1_000));
                if (appliedNanos != null) {
                    count++;
                    last = Math.max(last, appliedNanos);
                }
            }
            appliedCount = count;
            drained = count == size();
            end = drained ? last : deadline;
            publishedCount = Math.min(size(), publishedNow - publishedBase);
        }
    }

    record PipelineResults(Phase saturation, List<Phase> steady) {}

    private PipelineResults outboxPipeline(TestDatabase database, String bootstrap) throws Exception {
        HikariDataSource dataSource = pool(database, "bench", writers + 3, "");
        HikariDataSource relayDataSource = pool(database, "bench-relay", 2, relayJdbcParams);
        MessagingSchema.migrate(dataSource);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE bench_thing (event_id UUID PRIMARY KEY, aggregate_id TEXT NOT NULL,"
                    + " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
        }
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        Counter publishedCounter = meters.counter("pare.outbox.published");
        WakeSignal wake = new WakeSignal();
        TransactionRunner transactions = new JdbcTransactionRunner(dataSource);

        // What a service runs: a commit listener and relay per database, an idempotent consumer per subscription.
        CommitListener listener = new CommitListener(() -> connect(database), wake).start();
        OutboxRelay relay = new OutboxRelay(
                        new JdbcTransactionRunner(relayDataSource),
                        KafkaEventPublisher.connect(bootstrap, "bench-relay"),
                        RelaySettings.defaults(),
                        wake,
                        meters)
                .start();
        KafkaProducer<String, byte[]> deadLetters =
                new KafkaProducer<>(KafkaEventPublisher.producerProperties(bootstrap, "bench-dlt", Map.of()));
        IdempotentConsumer consumer = new IdempotentConsumer(
                        Subscription.of("bench-consumer", List.of(TOPIC), OutboxThroughputBenchmark::apply),
                        KafkaConsumers.create(bootstrap, "bench-consumer", Map.of()),
                        deadLetters,
                        new AppliedClock(transactions),
                        meters)
                .start();

        Phase warmup = new Phase("warm-up");
        say("outbox: warm-up %,d events (also lets the consumer join its group)", warmupEvents);
        runClosedLoop(warmup, dataSource, warmupEvents, publishedCounter);
        awaitApplied(warmup, publishedCounter);

        List<Phase> steady = new ArrayList<>();
        boolean healthy = true;
        for (int rate : rates) {
            if (rate <= 0 || rateSeconds <= 0 || !healthy) {
                continue;
            }
            Phase phase = new Phase("fixed rate " + rate + "/s");
            phase.rate = rate;
            say("outbox: fixed offered rate of %,d events/s for %d s", rate, rateSeconds);
            runOpenLoop(phase, dataSource, rate, rateSeconds, publishedCounter);
            awaitApplied(phase, publishedCounter);
            say(
                    "outbox: %s: p50 %s ms, p99 %s ms",
                    phase.name,
                    millis(phase.latencyMicros.getValueAtPercentile(50)),
                    millis(phase.latencyMicros.getValueAtPercentile(99)));
            steady.add(phase);
            healthy = phase.drained;
        }

        Phase saturation = new Phase("saturation");
        if (healthy) {
            say("outbox: %,d events by %d writers in transactions of %d, as fast as they go", events, writers, txSize);
            runClosedLoop(saturation, dataSource, events, publishedCounter);
            awaitApplied(saturation, publishedCounter);
            say(
                    "outbox: committed %,.0f/s, published %,.0f/s, applied end to end %,.0f/s%s",
                    saturation.committedPerSecond(),
                    saturation.publishedPerSecond(),
                    saturation.appliedPerSecond(),
                    saturation.drained ? "" : " (did not drain)");
        }

        if (healthy && saturation.drained) {
            for (AutoCloseable closeable :
                    List.<AutoCloseable>of(consumer, relay, listener, deadLetters, relayDataSource, dataSource)) {
                closeable.close();
            }
        } else {
            say("outbox: leaving the stalled pipeline to the JVM's exit rather than waiting for it");
            // Its relay and listener would only log the servers going away.
            for (String name : List.of("org.pare.messaging", "com.zaxxer.hikari")) {
                ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(name)).setLevel(Level.OFF);
            }
        }
        return new PipelineResults(saturation, steady);
    }

    private static HikariDataSource pool(TestDatabase database, String name, int size, String jdbcParams) {
        HikariConfig config = new HikariConfig();
        String url = database.jdbcUrl();
        if (!jdbcParams.isBlank()) {
            url += (url.contains("?") ? "&" : "?") + jdbcParams;
        }
        config.setJdbcUrl(url);
        config.setUsername(database.username());
        config.setPassword(database.password());
        config.setMaximumPoolSize(size);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    /** The consumer's effect: one row per event, in the transaction that also records the event as processed. */
    private static void apply(EventEnvelope event, Connection connection) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO bench_thing (event_id, aggregate_id) VALUES (?, ?)")) {
            insert.setObject(1, event.id());
            insert.setString(2, event.subject());
            insert.executeUpdate();
        }
        HANDLED.set(event.id());
    }

    /**
     * The consumer's transactions, timed: when one that ran the handler commits, the event counts as applied
     * at that instant. So the latency measured ends when the effect is committed, not when the handler starts.
     */
    private final class AppliedClock implements TransactionRunner {
        private final TransactionRunner delegate;

        AppliedClock(TransactionRunner delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> T inTransaction(Work<T> work) {
            HANDLED.remove();
            try {
                T result = delegate.inTransaction(work);
                UUID id = HANDLED.get();
                if (id != null) {
                    appliedAt.put(id, System.nanoTime());
                    applied.incrementAndGet();
                }
                return result;
            } finally {
                HANDLED.remove();
            }
        }
    }

    /** {@code writers} threads commit {@code count} events in transactions of {@code txSize}, back to back. */
    private void runClosedLoop(Phase phase, HikariDataSource dataSource, int count, Counter publishedCounter)
            throws Exception {
        int transactions = (count + txSize - 1) / txSize;
        AtomicLong next = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        watchPublished(phase, count, publishedCounter);
        phase.start = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            threads.add(started("writer-" + w, () -> {
                try (Connection connection = dataSource.getConnection()) {
                    connection.setAutoCommit(false);
                    long tx;
                    while ((tx = next.getAndIncrement()) < transactions) {
                        int size = (int) Math.min(txSize, count - tx * txSize);
                        commitTransaction(phase, connection, size);
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        joinAll(threads, failure);
    }

    /**
     * Offers {@code perSecond} events a second for {@code duration} seconds, one transaction of {@code txSize}
     * at each scheduled instant, from two writer threads taking turns. A writer that falls behind catches up
     * at once rather than skipping, so the offered load is what was asked for.
     */
    private void runOpenLoop(
            Phase phase, HikariDataSource dataSource, int perSecond, int duration, Counter publishedCounter)
            throws Exception {
        int transactions = perSecond * duration / txSize;
        watchPublished(phase, (long) transactions * txSize, publishedCounter);
        long interval = TimeUnit.SECONDS.toNanos(txSize) / perSecond;
        int threadCount = 2;
        List<Thread> threads = new ArrayList<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        phase.start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10);
        for (int w = 0; w < threadCount; w++) {
            int first = w;
            threads.add(started("paced-writer-" + w, () -> {
                try (Connection connection = dataSource.getConnection()) {
                    connection.setAutoCommit(false);
                    for (long tx = first; tx < transactions; tx += threadCount) {
                        long due = phase.start + tx * interval;
                        long wait;
                        while ((wait = due - System.nanoTime()) > 0) {
                            LockSupport.parkNanos(wait);
                        }
                        commitTransaction(phase, connection, txSize);
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        joinAll(threads, failure);
    }

    private void commitTransaction(Phase phase, Connection connection, int size) throws SQLException {
        List<EventEnvelope> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String aggregate = payloads.randomAggregate();
            EventEnvelope event = EventEnvelope.of(SOURCE, TYPE, TOPIC, aggregate, payloads.body(aggregate, i), null);
            outbox.append(connection, event);
            batch.add(event);
        }
        connection.commit();
        phase.committed(batch);
    }

    /** Notes, to the millisecond, when the relay has acknowledged all {@code count} events of the phase. */
    private void watchPublished(Phase phase, long count, Counter publishedCounter) {
        phase.appliedBase = applied.get();
        long base = (long) publishedCounter.count();
        phase.publishedBase = base;
        Thread watcher = new Thread(
                () -> {
                    while (publishedCounter.count() < base + count) {
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
                    }
                    phase.publishedAll = System.nanoTime();
                },
                "published-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Waits until every event of the phase is applied, or {@code bench.drainSeconds} after its last commit. */
    private void awaitApplied(Phase phase, Counter publishedCounter) throws InterruptedException {
        long expected = phase.appliedBase + phase.size();
        long deadline = phase.lastCommit.get() + TimeUnit.SECONDS.toNanos(drainSeconds);
        while (applied.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        if (applied.get() >= expected) {
            while (phase.publishedAll < 0) {
                Thread.sleep(1);
            }
        } else {
            say(
                    "%s: only %,d of %,d events applied %d s after the last commit; reporting what was measured",
                    phase.name, phase.size() - (expected - applied.get()), phase.size(), drainSeconds);
        }
        phase.collect(Math.min(deadline, System.nanoTime()), (long) publishedCounter.count());
    }

    private static Thread started(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.start();
        return thread;
    }

    private static void joinAll(List<Thread> threads, AtomicReference<Exception> failure) throws Exception {
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static Connection connect(TestDatabase database) {
        try {
            return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
        } catch (SQLException e) {
            throw new IllegalStateException("commit listener could not connect", e);
        }
    }

    // ---------------------------------------------------------------- report

    private String markdown(RawResult raw, PipelineResults pipeline, double totalSeconds) {
        Phase saturation = pipeline.saturation();
        StringBuilder md = new StringBuilder();
        md.append("## Outbox throughput benchmark, ").append(LocalDate.now()).append("\n\n");
        md.append(String.format(
                "Machine: %d cores, %d MiB max heap, Java %s; embedded PostgreSQL 17 (fsync off) and an in-JVM"
                        + " KRaft broker (1 node, %d partitions, %d keys), all on this machine. Relay: defaults"
                        + " (batch 500)%s. Run took %.0f s.%n%n",
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("java.version"),
                PARTITIONS,
                AGGREGATES,
                relayJdbcParams.isBlank() ? "" : ", relay connections with `" + relayJdbcParams + "`",
                totalSeconds));
        md.append("### Throughput\n\n");
        md.append("| Measure | Events | Rate |\n|---|---:|---:|\n");
        md.append(String.format(
                "| Raw producer: idempotent, acks=all, %.0f-byte values | %,d | %,.0f records/s (%.1f MB/s) |%n",
                raw.averageBytes(), raw.records(), raw.perSecond(), raw.megabytesPerSecond()));
        if (saturation.size() > 0) {
            String mark = saturation.drained ? "" : " (did not drain)";
            md.append(String.format(
                    "| Outbox: writers committed (%d threads, %d events per transaction) | %,d | %,.0f events/s |%n",
                    writers, txSize, saturation.size(), saturation.committedPerSecond()));
            md.append(String.format(
                    "| Outbox: relay published, from the first commit%s | %,d | %,.0f events/s |%n",
                    mark,
                    saturation.publishedAll > 0 ? saturation.size() : saturation.publishedCount,
                    saturation.publishedPerSecond()));
            md.append(String.format(
                    "| **Outbox to consumer, end to end** (first commit to last event applied)%s | %,d |"
                            + " **%,.0f events/s** |%n",
                    mark, saturation.appliedCount, saturation.appliedPerSecond()));
        }
        md.append("\n### Latency, writer's commit to consumer's commit (ms)\n\n");
        md.append("| Load | Events | p50 | p95 | p99 | max |\n|---|---:|---:|---:|---:|---:|\n");
        for (Phase phase : pipeline.steady()) {
            md.append(latencyRow(
                    String.format(
                            "Fixed rate: %,d events/s offered for %d s (%,.0f/s achieved)",
                            phase.rate, rateSeconds, phase.committedPerSecond()),
                    phase));
        }
        if (saturation.size() > 0) {
            md.append(latencyRow(
                    String.format("Saturation: %,d events, writers flat out", saturation.size()), saturation));
        }
        md.append("\nLatency runs from the moment the writer's `commit()` returned to the moment the consumer's"
                + " transaction (handler insert plus `processed_event` row) committed, both read from"
                + " `System.nanoTime()` in this JVM. It includes the commit notification, the relay's claim,"
                + " publish and mark, the broker, the consumer's poll and its transaction. At saturation it is"
                + " mostly time spent queued behind the slowest stage.\n");
        if (!saturation.drained || pipeline.steady().stream().anyMatch(p -> !p.drained)) {
            md.append(String.format(
                    "%nA run marked \"did not drain\" still had events in flight %d s after its last commit; its"
                            + " latencies count those events with their wait so far, so they are lower bounds (≥).%n",
                    drainSeconds));
        }
        return md.toString();
    }

    private static String latencyRow(String load, Phase phase) {
        Histogram h = phase.latencyMicros;
        String bound = phase.drained ? "" : "≥ ";
        return String.format(
                "| %s%s | %,d | %s%s | %s%s | %s%s | %s%s |%n",
                load,
                phase.drained ? "" : " (did not drain)",
                h.getTotalCount(),
                bound,
                millis(h.getValueAtPercentile(50)),
                bound,
                millis(h.getValueAtPercentile(95)),
                bound,
                millis(h.getValueAtPercentile(99)),
                bound,
                millis(h.getMaxValue()));
    }

    private static String millis(long micros) {
        double ms = micros / 1000.0;
        return ms < 100 ? String.format("%.1f", ms) : String.format("%,.0f", ms);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void say(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
