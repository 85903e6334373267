package org.pare.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * evaluation-service's runnable jar in a process of its own, pointed at the benchmark's PostgreSQL, Kafka and OIDC
 * provider through its environment variables, as an operator would run it. Its consumers are off: the benchmark
 * measures reads.
 */
final class EvaluationServiceProcess implements AutoCloseable {
    private final Process process;
    private final URI uri;

    private EvaluationServiceProcess(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    static EvaluationServiceProcess start(Map<String, String> properties) throws Exception {
        Path jar = Path.of(System.getProperty("bench.evaluationJar", "evaluation-service.jar"));
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build it first (-pl evaluation-service,deploy/bench -am): " + jar);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g",
                        "-jar",
                        jar.toString())
                .inheritIO();
        Map<String, String> env = builder.environment();
        env.put("PORT", String.valueOf(port));
        env.put("JDBC_URL", properties.get("datasources.default.url"));
        env.put("JDBC_USER", properties.get("datasources.default.username"));
        env.put("JDBC_PASSWORD", properties.get("datasources.default.password"));
        env.put("KAFKA_BOOTSTRAP_SERVERS", properties.get("pare.messaging.bootstrap-servers"));
        env.put("OIDC_JWKS_URL", properties.get("micronaut.security.token.jwt.signatures.jwks.pare.url"));
        env.put("OIDC_ISSUER", properties.get("micronaut.security.token.jwt.claims-validators.issuer"));
        env.put("PARE_MESSAGING_CONSUMERS_ENABLED", "false");
        var service = new EvaluationServiceProcess(builder.start(), URI.create("http://localhost:" + port));
        service.awaitHealthy();
        return service;
    }

    URI uri() {
        return uri;
    }

    private void awaitHealthy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                var health = http.send(
                        HttpRequest.newBuilder(uri.resolve("/health")).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("evaluation-service did not become healthy");
    }

    @Override
    public void close() {
        process.destroy();
    }
}
