package org.pare.messaging.consumer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pare.messaging.EventEnvelope;
import org.pare.messaging.TransactionRunner;

/** The {@code processed_event} table: the memory that makes redelivery harmless. */
final class ProcessedEvents {
    private static final String RECORD =
            "INSERT INTO processed_event (consumer, event_id, event_type)" + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String RECORD_ALL =
            """
            INSERT INTO processed_event (consumer, event_id, event_type)
            SELECT ?, e.id, e.type FROM unnest(?::uuid[], ?::text[]) AS e (id, type)
            ON CONFLICT DO NOTHING RETURNING event_id""";

    private final String consumer;
    private final TransactionRunner transactions;

    ProcessedEvents(String consumer, TransactionRunner transactions) {
        this.consumer = consumer;
        this.transactions = transactions;
    }

    /** @return true when the handler ran; false when this consumer had already processed the event */
    boolean applyOnce(EventEnvelope event, EventHandler handler) {
        return transactions.inTransaction(connection -> {
            if (!recordFirstSight(connection, event)) {
                return false;
            }
            try {
                handler.handle(event, connection);
            } catch (Exception e) {
                throw new HandlerFailed(e);
            }
            return true;
        });
    }

    /**
     * Applies a batch in one transaction: one statement records every event id, the handler runs for each event
     * seen for the first time (once, even when the batch holds it twice), and all commit together. Any failure
     * rolls back the whole batch.
     *
     * @return how many events the handler ran for; the rest were duplicates
     */
    int applyAllOnce(List<EventEnvelope> events, EventHandler handler) {
        return transactions.inTransaction(connection -> {
            Set<UUID> firstSeen = recordFirstSights(connection, events);
            int applied = 0;
            for (EventEnvelope event : events) {
                if (firstSeen.remove(event.id())) {
                    try {
                        handler.handle(event, connection);
                    } catch (Exception e) {
                        throw new HandlerFailed(e);
                    }
                    applied++;
                }
            }
            return applied;
        });
    }

    private Set<UUID> recordFirstSights(Connection connection, List<EventEnvelope> events)
            throws java.sql.SQLException {
        try (PreparedStatement insert = connection.prepareStatement(RECORD_ALL)) {
            insert.setString(1, consumer);
            insert.setArray(
                    2,
                    connection.createArrayOf(
                            "uuid", events.stream().map(EventEnvelope::id).toArray()));
            insert.setArray(
                    3,
                    connection.createArrayOf(
                            "text", events.stream().map(EventEnvelope::type).toArray()));
            Set<UUID> firstSeen = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    firstSeen.add(rows.getObject(1, UUID.class));
                }
            }
            return firstSeen;
        }
    }

    private boolean recordFirstSight(Connection connection, EventEnvelope event) throws java.sql.SQLException {
        try (PreparedStatement insert = connection.prepareStatement(RECORD)) {
            insert.setString(1, consumer);
            insert.setObject(2, event.id());
            insert.setString(3, event.type());
            return insert.executeUpdate() == 1;
        }
    }

    /** The handler threw; its cause is what goes into the dead-letter headers. */
    static final class HandlerFailed extends RuntimeException {
        HandlerFailed(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
