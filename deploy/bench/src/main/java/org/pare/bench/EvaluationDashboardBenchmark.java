package org.pare.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pare.testing.OidcProvider;
import org.pare.testing.ServiceTestProperties;

/**
 * evaluation-service's dashboard and return-rate requests over HTTP, on a database holding 5,000 areas (50 trusts),
 * 2,000,000 invitations and 1,000,000 anonymous responses over two years, generated in PostgreSQL by the benchmark,
 * with the rollups the service keeps built from them. Closed loop per endpoint; p50/p95/p99.
 */
public final class EvaluationDashboardBenchmark {
    static final int TRUSTS = 50;
    static final int AREAS = Integer.getInteger("bench.areas", 5_000);
    static final int INVITATIONS = Integer.getInteger("bench.invitations", 2_000_000);
    static final int RESPONSES = Integer.getInteger("bench.responses", 1_000_000);

    public static void main(String[] args) throws Exception {
        Duration each = Duration.ofSeconds(Long.getLong("bench.closedSeconds", 10));
        int clients = Integer.getInteger("bench.dashboardClients", 4);
        Map<String, String> properties = ServiceTestProperties.forService("bench_evaluation");
        try (ServiceProcess service = ServiceProcess.start(
                "evaluation-service", properties, Map.of("PARE_MESSAGING_CONSUMERS_ENABLED", "false"))) {
            long generated = System.nanoTime();
            UUID trust = generate(
                    properties.get("datasources.default.url"),
                    properties.get("datasources.default.username"),
                    properties.get("datasources.default.password"));
            say("data generated in %.0f s", (System.nanoTime() - generated) / 1e9);
            String token = OidcProvider.get().tokens().forRole("EDUCATION_LEAD", "bench-lead", trust);
            LocalDate lastMonth = LocalDate.now().minusMonths(1);
            String quarter = lastMonth.getYear() + "-Q" + ((lastMonth.getMonthValue() - 1) / 3 + 1);
            String months = "from=" + lastMonth.minusMonths(11).toString().substring(0, 7) + "&to="
                    + lastMonth.toString().substring(0, 7);
            List<String> paths = List.of(
                    "/api/results/scores?quarter=" + quarter,
                    "/api/results/scores.csv?quarter=" + quarter,
                    "/api/results/return-rates?by=month&" + months,
                    "/api/results/return-rates.svg?" + months,
                    "/api/results/return-rates?by=area&" + months,
                    "/api/results/return-rates?by=site&" + months,
                    "/api/results/return-rates?by=profession&" + months,
                    "/api/results/return-rates.csv?by=area&" + months,
                    "/api/support-flags",
                    "/api/actions/overdue");
            HttpClient http = HttpClient.newHttpClient();
            List<String> rows = new ArrayList<>();
            for (String path : paths) {
                HttpRequest request = HttpRequest.newBuilder(service.uri().resolve(URI.create(path)))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build();
                ClosedLoop.run(clients, Duration.ofSeconds(3), n -> ok(http, request)); // warm-up
                ClosedLoop.Result result = ClosedLoop.run(clients, each, n -> ok(http, request));
                say("%s: p95 %.1f ms", path, result.micros().getValueAtPercentile(95) / 1000.0);
                rows.add(result.row("`GET " + path.replaceAll("\\?.*", "") + query(path) + "`"));
            }
            report(rows, clients, each);
        }
        System.exit(0);
    }

    private static String query(String path) {
        int by = path.indexOf("by=");
        return by < 0
                ? ""
                : " " + path.substring(by, path.indexOf('&', by) < 0 ? path.length() : path.indexOf('&', by));
    }

    private static boolean ok(HttpClient http, HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    /** Fills the database in PostgreSQL itself and returns one trust's id, the lead's organisation. */
    static UUID generate(String url, String user, String password) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            for (String sql : EvaluationBenchData.statements(TRUSTS, AREAS, INVITATIONS, RESPONSES)) {
                long t = System.nanoTime();
                s.execute(sql);
                say("  %.1f s: %s", (System.nanoTime() - t) / 1e9, sql.substring(0, Math.min(70, sql.length())));
            }
            try (ResultSet r = s.executeQuery("SELECT id FROM organisation ORDER BY id LIMIT 1")) {
                r.next();
                return r.getObject(1, UUID.class);
            }
        }
    }

    private static void report(List<String> rows, int clients, Duration each) throws IOException {
        StringBuilder md = new StringBuilder("## Evaluation dashboard, " + LocalDate.now() + "\n\n")
                .append(
                        "evaluation-service with %,d areas in %d trusts, %,d invitations and %,d responses over 24 months;"
                                .formatted(AREAS, TRUSTS, INVITATIONS, RESPONSES))
                .append(
                        " one trust's education lead (100 areas), %d clients in a closed loop for %d s per endpoint.\n\n"
                                .formatted(clients, each.toSeconds()))
                .append(ClosedLoop.Result.header())
                .append('\n');
        rows.forEach(r -> md.append(r).append('\n'));
        System.out.println();
        System.out.println(md);
        String output = System.getProperty("bench.output");
        if (output != null) {
            Files.writeString(Path.of(output), md.toString());
        }
    }

    static void say(String format, Object... args) {
        System.out.println("[bench] " + String.format(format, args));
    }
}
