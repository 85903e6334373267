package org.pare.testing;

import java.io.IOException;

/** Real PostgreSQL 17 binaries from Maven Central (zonky), started as a child process. */
final class EmbeddedPostgres extends Postgres {
    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Started with crash safety off (fine for tests and said beside every benchmark figure). A benchmark may add
     * settings with {@code -Dpare.test.postgres.settings=name=value,name=value}, for example
     * {@code shared_preload_libraries=pg_stat_statements} to count what each operation runs.
     */
    static EmbeddedPostgres start() {
        try {
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off");
            for (String setting :
                    System.getProperty("pare.test.postgres.settings", "").split(",")) {
                int equals = setting.indexOf('=');
                if (equals > 0) {
                    builder.setServerConfig(
                            setting.substring(0, equals).trim(),
                            setting.substring(equals + 1).trim());
                }
            }
            return new EmbeddedPostgres(builder.start());
        } catch (IOException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start", e);
        }
    }

    @Override
    public String jdbcUrl(String database) {
        return server.getJdbcUrl("postgres", database);
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public String password() {
        return "postgres";
    }

    @Override
    public String describe() {
        return "embedded PostgreSQL on port " + server.getPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
