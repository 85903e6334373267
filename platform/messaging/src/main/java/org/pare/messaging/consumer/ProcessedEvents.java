package org.pare.messaging.consumer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import org.pare.messaging.EventEnvelope;
import org.pare.messaging.TransactionRunner;

/** The {@code processed_event} table: the memory that makes redelivery harmless. */
final class ProcessedEvents {
    private static final String RECORD =
            "INSERT INTO processed_event (consumer, event_id, event_type)" + " VALUES (?, ?, ?) ON CONFLICT DO NOTHING";

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
