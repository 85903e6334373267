package org.pare.messaging.micronaut;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import org.pare.messaging.TransactionRunner;

/** Runs the platform's work in Micronaut's JDBC transactions, so repositories called inside join them. */
@Singleton
public class MicronautTransactionRunner implements TransactionRunner {
    private final TransactionOperations<Connection> transactions;

    public MicronautTransactionRunner(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Work<T> work) {
        return transactions.executeWrite(status -> work.run(status.getConnection()));
    }
}
