package org.pare.local.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** One of the four services: its module (which builds {@code target/<name>-*-all.jar}), port and database. */
public record Service(String name, int port, String database) {

    public static final List<Service> ALL = List.of(
            new Service("learner-service", 8081, "learner"),
            new Service("supervisor-service", 8082, "supervisor"),
            new Service("evaluation-service", 8083, "evaluation"),
            new Service("notification-service", 8084, "notification"));

    public String url() {
        return "http://localhost:" + port;
    }

    /** The runnable jar the module's shade plugin builds; the newest if several versions lie there. */
    public Path jar(Path repositoryRoot) throws IOException {
        Path target = repositoryRoot.resolve(name).resolve("target");
        if (!Files.isDirectory(target)) {
            throw new IllegalStateException(
                    name + " is not built: run ./pare up (it builds), or mvn -DskipTests package");
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().startsWith(name + "-"))
                    .filter(p -> p.getFileName().toString().endsWith("-all.jar"))
                    .max((a, b) ->
                            Long.compare(a.toFile().lastModified(), b.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("no " + name + "-*-all.jar in " + target));
        }
    }
}
