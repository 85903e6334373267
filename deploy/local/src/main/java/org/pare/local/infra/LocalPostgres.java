package org.pare.local.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Real PostgreSQL 17 binaries from Maven Central (zonky), with a data directory that survives a restart: initdb
 * runs only when the directory holds no cluster yet. One database per service, created when absent.
 */
public final class LocalPostgres implements AutoCloseable {
    public static final String USER = "postgres";
    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    public static LocalPostgres start(Path dataDirectory, int port, Path logFile) throws IOException {
        Files.createDirectories(dataDirectory);
        var log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("listen_addresses", "localhost")
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                .start();
        ShutdownOrder.takeOverPostgresShutdown();
        return new LocalPostgres(server);
    }

    public void ensureDatabase(String name) throws SQLException {
        try (Connection connection = connect("postgres");
                var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE DATABASE \"" + name.replace("\"", "") + "\"");
                }
            }
        }
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, "");
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
