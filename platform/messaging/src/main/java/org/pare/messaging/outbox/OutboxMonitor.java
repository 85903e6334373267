package org.pare.messaging.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.pare.messaging.TransactionRunner;

/** Reads the state of the outbox for health checks, metrics and people. */
public final class OutboxMonitor {
    private static final String STATE = "SELECT"
            + " (SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND blocked_at IS NULL) AS pending,"
            + " (SELECT count(*) FROM outbox_event WHERE blocked_at IS NOT NULL) AS blocked,"
            + " (SELECT extract(epoch FROM now() - min(created_at)) * 1000 FROM outbox_event"
            + "    WHERE published_at IS NULL AND blocked_at IS NULL) AS oldest_pending_millis";

    private final TransactionRunner transactions;

    public OutboxMonitor(TransactionRunner transactions) {
        this.transactions = transactions;
    }

    /**
     * @param pending rows not yet published and not blocked
     * @param blocked rows that failed too often and wait for a person
     * @param oldestPending age of the oldest pending row, zero when none
     */
    public record State(long pending, long blocked, Duration oldestPending) {}

    public State state() {
        return transactions.inTransaction(OutboxMonitor::read);
    }

    private static State read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(STATE)) {
            rs.next();
            return new State(
                    rs.getLong("pending"),
                    rs.getLong("blocked"),
                    Duration.ofMillis(rs.getLong("oldest_pending_millis")));
        }
    }

    /** Registers {@code pare.outbox.pending}, {@code pare.outbox.blocked} and the age of the oldest pending row. */
    public void bindTo(MeterRegistry meters) {
        Gauge.builder("pare.outbox.pending", this, m -> m.state().pending())
                .description("outbox rows waiting to be published")
                .register(meters);
        Gauge.builder("pare.outbox.blocked", this, m -> m.state().blocked())
                .description("outbox rows blocked after repeated failures")
                .register(meters);
        Gauge.builder(
                        "pare.outbox.oldest.pending.seconds",
                        this,
                        m -> m.state().oldestPending().toMillis() / 1000.0)
                .description("age of the oldest unpublished outbox row")
                .register(meters);
    }
}
