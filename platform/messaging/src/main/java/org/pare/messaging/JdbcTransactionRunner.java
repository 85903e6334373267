package org.pare.messaging;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** {@link TransactionRunner} over a plain {@link DataSource}, for code outside a Micronaut context. */
public final class JdbcTransactionRunner implements TransactionRunner {
    private final DataSource dataSource;

    public JdbcTransactionRunner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            } catch (Exception e) {
                rollbackQuietly(connection, e);
                throw new TransactionFailedException(e);
            }
        } catch (SQLException e) {
            throw new TransactionFailedException(e);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Wraps a checked failure of the work or of the connection. */
    public static final class TransactionFailedException extends RuntimeException {
        TransactionFailedException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
