package org.pare.bench;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * supervisor-service started from its runnable jar in a JVM of its own, pointed at the benchmark's database and
 * broker: its beans and migrations must not meet learner-service's, which sit on this JVM's classpath.
 */
final class SupervisorServiceProcess implements AutoCloseable {
    private static final Path JAR =
            Path.of("../../supervisor-service/target/supervisor-service-0.1.0-SNAPSHOT-all.jar");
    private final Process process;

    private SupervisorServiceProcess(Process process) {
        this.process = process;
    }

    static SupervisorServiceProcess start(Map<String, String> properties) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx512m", "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(new File("target/supervisor-service.log"));
        Map<String, String> env = builder.environment();
        env.put("PORT", String.valueOf(port));
        env.put("JDBC_URL", properties.get("datasources.default.url"));
        env.put("JDBC_USER", properties.get("datasources.default.username"));
        env.put("JDBC_PASSWORD", properties.get("datasources.default.password"));
        env.put("KAFKA_BOOTSTRAP_SERVERS", properties.get("pare.messaging.bootstrap-servers"));
        env.put("OIDC_JWKS_URL", properties.get("micronaut.security.token.jwt.signatures.jwks.pare.url"));
        env.put("OIDC_ISSUER", properties.get("micronaut.security.token.jwt.claims-validators.issuer"));
        SupervisorServiceProcess service = new SupervisorServiceProcess(builder.start());
        service.awaitHealthy(URI.create("http://localhost:" + port + "/health"));
        return service;
    }

    private void awaitHealthy(URI health) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("supervisor-service stopped; see target/supervisor-service.log");
            }
            try {
                var response =
                        http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("supervisor-service did not become healthy in 90 s");
    }

    @Override
    public void close() {
        process.destroy();
    }
}
