package org.pare.testing;

import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL 17 in a container, used when a Docker engine answers. */
final class ContainerPostgres extends Postgres {
    private final PostgreSQLContainer container;

    private ContainerPostgres(PostgreSQLContainer container) {
        this.container = container;
    }

    static ContainerPostgres start() {
        PostgreSQLContainer container =
                new PostgreSQLContainer("postgres:17-alpine").withCommand("postgres", "-c", "max_connections=300");
        container.start();
        return new ContainerPostgres(container);
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + database;
    }

    @Override
    public String username() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public String describe() {
        return "PostgreSQL container " + container.getDockerImageName();
    }

    @Override
    public void close() {
        container.stop();
    }
}
