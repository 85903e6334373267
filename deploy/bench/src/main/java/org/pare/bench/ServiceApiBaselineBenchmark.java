package org.pare.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pare.testing.OidcProvider;
import org.pare.testing.ServiceTestProperties;

/**
 * The floor under every API figure: learner-service answering {@code GET /api/me} (bearer token checked
 * against the provider's keys, no database) at rising fixed rates. Later API benchmarks compare with it.
 */
public final class ServiceApiBaselineBenchmark {

    public static void main(String[] args) throws Exception {
        List<Integer> rates = parseRates(System.getProperty("bench.httpRates", "100,200,500,1000"));
        Duration each = Duration.ofSeconds(Long.getLong("bench.httpSeconds", 15));
        say("starting learner-service on embedded PostgreSQL, Kafka and the test OIDC provider");
        Map<String, Object> properties = new HashMap<>(ServiceTestProperties.forService("bench_learner"));
        properties.put("micronaut.server.port", -1);
        try (ApplicationContext service = ApplicationContext.run(properties, "bench")) {
            EmbeddedServer server = service.getBean(EmbeddedServer.class).start();
            URI me = server.getURI().resolve("/api/me");
            String token = OidcProvider.get().tokens().forRole("LEARNER", "bench-learner", UUID.randomUUID());
            HttpRequest request = HttpRequest.newBuilder(me)
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build();
            HttpLoadGenerator load = new HttpLoadGenerator();
            say("warm-up: 200 req/s for 10 s");
            load.run(200, Duration.ofSeconds(10), n -> request);
            List<HttpLoadGenerator.Result> results = new ArrayList<>();
            for (int rate : rates) {
                say("GET /api/me at %,d req/s for %d s", rate, each.toSeconds());
                HttpLoadGenerator.Result result = load.run(rate, each, n -> request);
                say(
                        "  achieved %,.0f req/s, p99 %.1f ms, failed %,d",
                        result.achievedPerSecond(), result.micros().getValueAtPercentile(99) / 1000.0, result.failed());
                results.add(result);
            }
            report(results);
        }
        System.exit(0);
    }

    private static void report(List<HttpLoadGenerator.Result> results) throws IOException {
        StringBuilder md = new StringBuilder("## Service API baseline, " + LocalDate.now() + "\n\n")
                .append(
                        "learner-service `GET /api/me` with a valid bearer token (signature, issuer, audience and expiry checked;")
                .append(" no database), open-loop fixed rates, latency from each request's scheduled start.\n\n")
                .append(HttpLoadGenerator.Result.header())
                .append('\n');
        results.forEach(r -> md.append(r.row()).append('\n'));
        System.out.println();
        System.out.println(md);
        String output = System.getProperty("bench.output");
        if (output != null) {
            Files.writeString(Path.of(output), md.toString());
            say("results written to %s", output);
        }
    }

    private static List<Integer> parseRates(String rates) {
        return java.util.Arrays.stream(rates.split(","))
                .map(String::trim)
                .map(Integer::parseInt)
                .toList();
    }

    private static void say(String format, Object... args) {
        System.out.println("[bench] " + String.format(format, args));
    }
}
