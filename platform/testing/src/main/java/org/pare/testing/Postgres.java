package org.pare.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** A real PostgreSQL server for tests, on which each test class gets databases of its own. */
public abstract class Postgres implements AutoCloseable {
    private final AtomicInteger created = new AtomicInteger();

    /** JDBC URL of {@code database} on this server. */
    public abstract String jdbcUrl(String database);

    public abstract String username();

    public abstract String password();

    /** Where the server came from ("embedded PostgreSQL 17" or "Testcontainers"), for test logs. */
    public abstract String describe();

    /** Creates an empty database whose name starts with {@code prefix}; a fresh one on every call. */
    public TestDatabase freshDatabase(String prefix) {
        String name = prefix.toLowerCase().replaceAll("[^a-z0-9_]", "_") + "_" + created.incrementAndGet() + "_"
                + ProcessHandle.current().pid();
        try (Connection admin = DriverManager.getConnection(jdbcUrl("postgres"), username(), password());
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return new TestDatabase(jdbcUrl(name), username(), password());
    }
}
