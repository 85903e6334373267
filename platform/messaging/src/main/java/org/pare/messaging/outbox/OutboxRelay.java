package org.pare.messaging.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.pare.messaging.BackgroundLoop;
import org.pare.messaging.EventEnvelope;
import org.pare.messaging.TransactionRunner;
import org.pare.messaging.outbox.EventPublisher.PublishOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves committed outbox rows to Kafka: claims a batch, publishes it, marks what the broker
 * acknowledged, all in one transaction, so a crash at any point leaves rows to be sent again (at
 * least once; consumers deduplicate on the event id). Per-aggregate order is kept.
 *
 * <p>A failure of the broker (unreachable, timed out) costs rows nothing: the relay waits and tries
 * again. A failure of one row (rejected by the broker) is retried with backoff, and after
 * {@link RelaySettings#maxAttempts()} the row is marked blocked, left for a person, and counted.
 */
public final class OutboxRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxRelay.class);

    private final TransactionRunner transactions;
    private final EventPublisher publisher;
    private final RelaySettings settings;
    private final WakeSignal signal;
    private final Counter published;
    private final Counter rowFailures;
    private final Counter blocked;
    private final Timer commitToAck;
    private volatile boolean brokerDown;
    private final BackgroundLoop loop = new BackgroundLoop("outbox-relay", this::relay);

    public OutboxRelay(
            TransactionRunner transactions,
            EventPublisher publisher,
            RelaySettings settings,
            WakeSignal signal,
            MeterRegistry meters) {
        this.transactions = transactions;
        this.publisher = publisher;
        this.settings = settings;
        this.signal = signal;
        this.published = meters.counter("pare.outbox.published");
        this.rowFailures = meters.counter("pare.outbox.publish.failures");
        this.blocked = meters.counter("pare.outbox.blocked.marked");
        this.commitToAck = Timer.builder("pare.outbox.latency")
                .description("from the event's time to the broker's acknowledgement")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    public OutboxRelay start() {
        loop.start();
        return this;
    }

    /** True while the last attempt to reach the broker failed. */
    public boolean brokerDown() {
        return brokerDown;
    }

    private void relay() {
        while (loop.running()) {
            try {
                int sent = relayOneBatch();
                if (brokerDown) {
                    Thread.sleep(settings.initialBackoff().toMillis());
                } else if (sent == 0) {
                    signal.await(settings.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("outbox relay batch failed; retrying: {}", e.toString());
                sleepQuietly(settings.initialBackoff());
            }
        }
    }

    /**
     * Claims, publishes and marks one batch.
     *
     * @return how many events the broker acknowledged
     */
    public int relayOneBatch() {
        return transactions.inTransaction(connection -> {
            long started = System.nanoTime();
            List<OutboxRow> rows = OutboxClaims.claim(connection, settings.batchSize());
            if (rows.isEmpty()) {
                return 0;
            }
            long claimed = System.nanoTime();
            List<EventEnvelope> events = rows.stream().map(OutboxRow::event).toList();
            List<PublishOutcome> outcomes = publisher.publish(events);
            long sent = System.nanoTime();
            int acknowledged = record(connection, rows, outcomes);
            if (LOG.isDebugEnabled()) {
                LOG.debug(
                        "relayed {}/{} events: claim {} ms, publish {} ms, mark {} ms",
                        acknowledged,
                        rows.size(),
                        (claimed - started) / 1_000_000,
                        (sent - claimed) / 1_000_000,
                        (System.nanoTime() - sent) / 1_000_000);
            }
            return acknowledged;
        });
    }

    private int record(Connection connection, List<OutboxRow> rows, List<PublishOutcome> outcomes) throws SQLException {
        List<Long> acknowledged = new ArrayList<>(rows.size());
        boolean sawBrokerProblem = false;
        Instant now = Instant.now();
        for (int i = 0; i < rows.size(); i++) {
            OutboxRow row = rows.get(i);
            PublishOutcome outcome = outcomes.get(i);
            if (outcome.acknowledged()) {
                acknowledged.add(row.seq());
                commitToAck.record(Duration.between(row.event().time(), now));
            } else if (outcome.brokerProblem()) {
                sawBrokerProblem = true;
            } else {
                recordRowFailure(connection, row, outcome.error());
            }
        }
        OutboxMarks.published(connection, acknowledged);
        published.increment(acknowledged.size());
        if (sawBrokerProblem && !brokerDown) {
            LOG.warn("broker unreachable; outbox rows wait until it is back");
        }
        brokerDown = sawBrokerProblem;
        return acknowledged.size();
    }

    private void recordRowFailure(Connection connection, OutboxRow row, Exception error) throws SQLException {
        rowFailures.increment();
        int failures = row.attempts() + 1;
        boolean block = failures >= settings.maxAttempts();
        OutboxMarks.failed(connection, row.seq(), error.toString(), settings.backoffAfter(failures), block);
        if (block) {
            blocked.increment();
            LOG.error(
                    "outbox event {} ({}) blocked after {} failures: {}",
                    row.event().id(),
                    row.event().type(),
                    failures,
                    error.toString());
        }
    }

    @Override
    public void close() {
        loop.stop(signal::wake, Duration.ofSeconds(35));
        publisher.close();
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
