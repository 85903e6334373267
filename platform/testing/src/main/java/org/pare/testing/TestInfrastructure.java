package org.pare.testing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Real PostgreSQL and a real Kafka broker, started once per test JVM and stopped when it exits:
 * containers when a Docker engine answers, embedded servers otherwise. Set {@code
 * -Dpare.test.infrastructure=embedded|containers} to choose by hand.
 */
public final class TestInfrastructure {
    private static final Logger LOG = LoggerFactory.getLogger(TestInfrastructure.class);
    private static volatile TestInfrastructure instance;

    private final boolean containers;
    private Postgres postgres;
    private Kafka kafka;

    private TestInfrastructure(boolean containers) {
        this.containers = containers;
    }

    public static TestInfrastructure get() {
        if (instance == null) {
            synchronized (TestInfrastructure.class) {
                if (instance == null) {
                    TestInfrastructure created = new TestInfrastructure(useContainers());
                    Runtime.getRuntime().addShutdownHook(new Thread(created::stop, "test-infrastructure-stop"));
                    instance = created;
                }
            }
        }
        return instance;
    }

    private static boolean useContainers() {
        String choice = System.getProperty("pare.test.infrastructure", "auto");
        if (choice.equals("embedded")) {
            return false;
        }
        if (choice.equals("containers")) {
            return true;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    public synchronized Postgres postgres() {
        if (postgres == null) {
            postgres = containers ? ContainerPostgres.start() : EmbeddedPostgres.start();
            LOG.info("test PostgreSQL: {}", postgres.describe());
        }
        return postgres;
    }

    public synchronized Kafka kafka() {
        if (kafka == null) {
            kafka = containers ? ContainerKafka.start() : EmbeddedKafka.start();
            LOG.info("test Kafka: {}", kafka.describe());
        }
        return kafka;
    }

    private synchronized void stop() {
        closeQuietly(kafka);
        closeQuietly(postgres);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("closing {} failed: {}", closeable, e.toString());
        }
    }
}
