package org.pare.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One service started from its runnable jar in a JVM of its own, pointed at the benchmark's PostgreSQL, Kafka and
 * OIDC provider through its environment variables, as an operator would run it. Its beans and migrations never
 * meet another service's, and its CPU time can be read apart from the load generator's ({@link CpuTime}).
 */
final class ServiceProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final URI uri;

    private ServiceProcess(String name, Process process, URI uri) {
        this.name = name;
        this.process = process;
        this.uri = uri;
    }

    /**
     * Starts {@code name} (for example {@code learner-service}) with the database and broker of {@code properties}
     * (as {@code ServiceTestProperties.forService} gives them) and any {@code extraEnv}; returns once /health is UP.
     * Its output goes to {@code target/<name>.log}.
     */
    static ServiceProcess start(String name, Map<String, String> properties, Map<String, String> extraEnv)
            throws Exception {
        return start(name, properties, extraEnv, Map.of());
    }

    /** As {@link #start(String, Map, Map)}, with settings that have no environment variable given as {@code -D}. */
    static ServiceProcess start(
            String name,
            Map<String, String> properties,
            Map<String, String> extraEnv,
            Map<String, String> systemProperties)
            throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-Xmx1g");
        // for example -XX:StartFlightRecording=filename=target/service.jfr,settings=profile to profile the service
        String jvmArgs = System.getProperty("bench.serviceJvmArgs", "").trim();
        if (!jvmArgs.isEmpty()) {
            command.addAll(List.of(jvmArgs.split("\\s+")));
        }
        systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar(name).toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(new File("target/" + name + ".log"));
        Map<String, String> env = builder.environment();
        env.put("PORT", String.valueOf(port));
        env.put("JDBC_URL", properties.get("datasources.default.url"));
        env.put("JDBC_USER", properties.get("datasources.default.username"));
        env.put("JDBC_PASSWORD", properties.get("datasources.default.password"));
        env.put("KAFKA_BOOTSTRAP_SERVERS", properties.get("pare.messaging.bootstrap-servers"));
        env.put("OIDC_JWKS_URL", properties.get("micronaut.security.token.jwt.signatures.jwks.pare.url"));
        env.put("OIDC_ISSUER", properties.get("micronaut.security.token.jwt.claims-validators.issuer"));
        env.putAll(extraEnv);
        var service = new ServiceProcess(name, builder.start(), URI.create("http://localhost:" + port));
        service.awaitHealthy();
        return service;
    }

    /** The newest {@code <name>-*-all.jar} the module's build left in its target folder. */
    private static Path jar(String name) throws IOException {
        Path target = Path.of("..", "..", name, "target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(p -> p.getFileName().toString().startsWith(name + "-"))
                    .filter(p -> p.getFileName().toString().endsWith("-all.jar"))
                    .max((a, b) ->
                            Long.compare(a.toFile().lastModified(), b.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException(
                            "build it first (-pl " + name + ",deploy/bench -am): no -all.jar in " + target));
        }
    }

    URI uri() {
        return uri;
    }

    long pid() {
        return process.pid();
    }

    private void awaitHealthy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped; see target/" + name + ".log");
            }
            try {
                var health = http.send(
                        HttpRequest.newBuilder(uri.resolve("/health")).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " did not become healthy in 120 s; see target/" + name + ".log");
    }

    @Override
    public void close() {
        process.destroy();
    }
}
