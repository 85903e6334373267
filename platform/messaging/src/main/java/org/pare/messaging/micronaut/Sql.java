package org.pare.messaging.micronaut;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain SQL on the current transaction's connection, the one the {@link Outbox} writes on, so a service's state
 * and its events commit together. Repositories stay readable SQL; callers run inside a transaction.
 */
@Singleton
public class Sql {
    private final TransactionOperations<Connection> transactions;

    public Sql(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    public Connection connection() {
        return transactions.getConnection();
    }

    public int update(String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
        try (PreparedStatement statement = prepare(sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... parameters) {
        return list(sql, mapper, parameters).stream().findFirst();
    }

    /**
     * Serialises every decision on one subject (a reflection, an interview, a flag...) until the current
     * transaction ends: a transaction-scoped PostgreSQL advisory lock on {@code kind} and {@code subject}. Take it
     * first, then read the subject's state: statements after the lock see every decision committed before it, so
     * of two concurrent decisions the second reads the first's outcome and can refuse with who decided.
     */
    public void lockDecision(String kind, Object subject) {
        one("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", row -> 1, kind + ":" + subject);
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    /** Instants as UTC offsets: the PostgreSQL driver binds {@code timestamptz} from those, not from Instant. */
    private static Object bindable(Object value) {
        return value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value;
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection().prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, bindable(parameters[i]));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
