package org.pare.messaging;

import java.sql.Connection;

/**
 * Runs work in one database transaction: committed when the work returns, rolled back when it throws.
 * The platform's relay and consumers use it so that, inside a service, they join the same
 * transaction manager as the service's own repositories.
 */
@FunctionalInterface
public interface TransactionRunner {

    <T> T inTransaction(Work<T> work);

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws Exception;
    }
}
