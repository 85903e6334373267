package org.pare.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import org.pare.messaging.EventEnvelope;

/**
 * Appends events to {@code outbox_event} on the caller's connection, inside the caller's transaction.
 *
 * <p>Guarantee: the event is published if and only if that transaction commits. The relay is woken
 * by a PostgreSQL notification, which PostgreSQL itself delivers only on commit.
 */
public final class OutboxWriter {
    public static final String CHANNEL = "pare_outbox";

    private static final String INSERT = "INSERT INTO outbox_event"
            + " (event_id, topic, event_key, event_type, source, occurred_at, traceparent, payload)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?::json)";

    public void append(Connection connection, EventEnvelope event) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("the outbox must be written inside the caller's transaction");
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, event.id());
            insert.setString(2, event.topic());
            insert.setString(3, event.subject());
            insert.setString(4, event.type());
            insert.setString(5, event.source());
            insert.setTimestamp(6, Timestamp.from(event.time()));
            insert.setString(7, event.traceparent());
            insert.setString(8, new String(event.data(), StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
        try (Statement notify = connection.createStatement()) {
            // Repeated notifications on one channel within a transaction are folded into one by PostgreSQL.
            notify.execute("NOTIFY " + CHANNEL);
        }
    }
}
