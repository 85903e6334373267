package org.pare.system.harness;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository, this module and the broker's classpath are, as Maven runs the tests. */
final class Locations {
    private Locations() {}

    static Path moduleDirectory() {
        return Path.of("").toAbsolutePath();
    }

    static Path repositoryRoot() {
        String configured = System.getProperty("pare.repository.root");
        Path root = configured != null ? Path.of(configured) : moduleDirectory().getParent();
        return root.toAbsolutePath().normalize();
    }

    /** Written by the build (maven-dependency-plugin); the Kafka jars on it run the broker process. */
    static String brokerClasspath() throws IOException {
        Path file = moduleDirectory().resolve("target/classpath.txt");
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " is missing: run the tests through Maven (it writes the file)");
        }
        return Files.readString(file).trim();
    }

    /** {@code jdbc:postgresql://localhost:5432/learner_1_42?user=postgres} → {@code learner_1_42}. */
    static String databaseName(String jdbcUrl) {
        String afterHost = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        int query = afterHost.indexOf('?');
        return query < 0 ? afterHost : afterHost.substring(0, query);
    }

    /** A port nothing listens on now, picked by the system. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
