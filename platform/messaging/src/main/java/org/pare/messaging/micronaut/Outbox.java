package org.pare.messaging.micronaut;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.pare.messaging.EventEnvelope;
import org.pare.messaging.outbox.OutboxWriter;

/**
 * What a use case calls to announce a change: the event joins the current transaction and is published
 * if and only if that transaction commits.
 */
@Singleton
public class Outbox {
    private final TransactionOperations<Connection> transactions;
    private final JsonMapper json;
    private final MessagingConfiguration configuration;
    private final OutboxWriter writer = new OutboxWriter();

    public Outbox(
            TransactionOperations<Connection> transactions, JsonMapper json, MessagingConfiguration configuration) {
        this.transactions = transactions;
        this.json = json;
        this.configuration = configuration;
    }

    /**
     * Serialises {@code event} to JSON and appends it to the outbox.
     *
     * @param subject the aggregate id: the Kafka key, so this aggregate's events stay in order
     * @return the envelope written, with its event id
     * @throws IllegalStateException when called outside a transaction
     */
    public EventEnvelope publish(String topic, String type, String subject, Object event) {
        try {
            EventEnvelope envelope = EventEnvelope.of(
                    configuration.getSource(), type, topic, subject, json.writeValueAsBytes(event), null);
            append(envelope);
            return envelope;
        } catch (IOException e) {
            throw new IllegalArgumentException("event " + type + " cannot be written as JSON", e);
        }
    }

    public void append(EventEnvelope envelope) {
        if (transactions.findTransactionStatus().isEmpty()) {
            throw new IllegalStateException("the outbox must be written inside the caller's transaction");
        }
        try {
            writer.append(transactions.getConnection(), envelope);
        } catch (SQLException e) {
            throw new IllegalStateException("could not write to the outbox: " + e.getMessage(), e);
        }
    }
}
