package org.pare.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.pare.testing.ServiceTestProperties;

/**
 * Creating and submitting reflections through learner-service's API, against the same statements run raw
 * over JDBC on the same embedded PostgreSQL, in one run. See docs/performance.md.
 */
public final class ReflectionSubmitBenchmark {
    private static final int POOL = 10; // the service's own pool: Micronaut's HikariCP default

    private record Open(String path, HttpLoadGenerator.Result result) {}

    /**
     * A closed-loop run and the CPU seconds it cost: the service process, the run's client threads (the HTTP client,
     * or the raw path's JDBC work), the rest of this JVM (mostly the in-JVM Kafka broker) and PostgreSQL.
     */
    private record Closed(
            String path, ClosedLoop.Result result, double service, double compiler, double benchJvm, double postgres) {
        String costRow() {
            long ops = result.ok() + result.failed();
            double client = result.clientCpuSeconds();
            return String.format(
                    "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |",
                    path,
                    result.clients(),
                    1000 * service / ops,
                    1000 * compiler / ops,
                    1000 * client / ops,
                    1000 * Math.max(0, benchJvm - client) / ops,
                    1000 * postgres / ops,
                    1000 * (service + benchJvm + postgres) / ops);
        }
    }

    public static void main(String[] args) throws Exception {
        List<Integer> rates = ints(System.getProperty("bench.httpRates", "50,100,200,400"));
        List<Integer> concurrency = ints(System.getProperty("bench.concurrency", "8,32,64"));
        Duration each = Duration.ofSeconds(Long.getLong("bench.httpSeconds", 15));
        Duration closed = Duration.ofSeconds(Long.getLong("bench.closedSeconds", 10));
        int learnerCount = Integer.getInteger("bench.learners", 200);
        Duration warmUp = Duration.ofSeconds(Long.getLong("bench.warmupSeconds", 20));
        say("load average at start: %s", load());
        Map<String, String> properties = ServiceTestProperties.forService("bench_reflections");
        try (HikariDataSource raw = pool(properties);
                ServiceProcess service = ServiceProcess.start("learner-service", properties, Map.of());
                BlockingHttp blocking = new BlockingHttp(
                        concurrency.stream().mapToInt(Integer::intValue).max().orElse(1))) {
            HttpLoadGenerator load = new HttpLoadGenerator();
            ReflectionWorkload work =
                    ReflectionWorkload.insertLearners(raw, learnerCount, service.uri(), load.client());
            Meter meter = Meter.of(raw, service.pid());
            int most = concurrency.stream().mapToInt(Integer::intValue).max().orElse(1);
            say(
                    "%d learners on placements inserted; warm-up: GET /api/me, create and create+submit closed loop at %d"
                            + " clients for %d s each, raw for 5 s each, create+submit open loop at 100/s for 10 s",
                    learnerCount, most, warmUp.toSeconds());
            // The service's JIT compiles a method to its final tier after some 10,000 calls: an open loop at 100/s
            // for 30 s left it still compiling through the measured runs, on the same 2 cores (the compiler threads
            // took up to a fifth of the service's CPU in the first runs after it). Each closed-loop operation now
            // runs at full speed before any is measured; every run's per-thread line shows what the compiler took.
            ClosedLoop.run(most, warmUp, n -> work.me(blocking, n));
            ClosedLoop.run(most, warmUp, n -> work.create(blocking, n));
            ClosedLoop.run(most, warmUp, n -> work.createAndSubmit(blocking, n));
            ClosedLoop.run(most, Duration.ofSeconds(5), n -> work.rawCreate(raw, n));
            ClosedLoop.run(most, Duration.ofSeconds(5), n -> work.rawCreateAndSubmit(raw, n));
            load.runOperations(100, Duration.ofSeconds(10), work::createAndSubmit); // the open loops' JDK client
            meter.settled(true);

            List<Open> open = new ArrayList<>();
            for (String path : List.of("create", "create+submit")) {
                for (int rate : rates) {
                    meter.settled(false);
                    say("open loop, %s at %,d ops/s for %d s", path, rate, each.toSeconds());
                    var result = load.runOperations(
                            rate, each, path.equals("create") ? work::create : work::createAndSubmit);
                    say(
                            "  achieved %,.0f ops/s, p99 %.1f ms, failed %,d, load %s, outbox unpublished %,d",
                            result.achievedPerSecond(),
                            result.micros().getValueAtPercentile(99) / 1000.0,
                            result.failed(),
                            load(),
                            unpublished(raw));
                    open.add(new Open(path, result));
                }
            }
            List<Closed> closedResults = new ArrayList<>();
            for (int clients : concurrency) {
                var floor = meter.measured(
                        "HTTP GET /api/me", () -> ClosedLoop.run(clients, closed, n -> work.me(blocking, n)));
                closedResults.add(floor);
                say(
                        "closed loop, GET /api/me (no database), %d clients: %,.0f requests/s, load %s",
                        clients, floor.result().perSecond(), load());
            }
            for (String path : List.of("create", "create+submit")) {
                boolean create = path.equals("create");
                for (int clients : concurrency) {
                    var http = meter.measured(
                            "HTTP " + path,
                            () -> ClosedLoop.run(
                                    clients,
                                    closed,
                                    n -> create ? work.create(blocking, n) : work.createAndSubmit(blocking, n)));
                    closedResults.add(http);
                    var jdbc = meter.measured(
                            "raw JDBC " + path,
                            () -> ClosedLoop.run(
                                    clients,
                                    closed,
                                    n -> create ? work.rawCreate(raw, n) : work.rawCreateAndSubmit(raw, n)));
                    closedResults.add(jdbc);
                    say(
                            "closed loop, %s, %d clients: HTTP %,.0f ops/s (failed %d), raw %,.0f ops/s, load %s,"
                                    + " outbox unpublished %,d",
                            path,
                            clients,
                            http.result().perSecond(),
                            http.result().failed(),
                            jdbc.result().perSecond(),
                            load(),
                            unpublished(raw));
                }
            }
            say("outbox rows unpublished at the end: %,d", unpublished(raw));
            report(open, closedResults, learnerCount);
        }
        System.exit(0);
    }

    private interface Run {
        ClosedLoop.Result run() throws Exception;
    }

    private static void report(List<Open> open, List<Closed> closed, int learners) throws IOException {
        StringBuilder md = new StringBuilder("## Reflection create and submit, " + LocalDate.now() + "\n\n")
                .append(String.format(
                        "learner-service in its own process, %d learners on placements, one LEARNER token each; load average at"
                                + " the end %s (2 cores, shared).%n%n",
                        learners, load()))
                .append("Open loop (latency from each operation's scheduled start):\n\n")
                .append(
                        "| Path | Offered ops/s | Sent | Achieved ops/s | Failed | p50 ms | p95 ms | p99 ms | max ms |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        open.forEach(o -> md.append("| ")
                .append(o.path())
                .append(' ')
                .append(o.result().row())
                .append('\n'));
        md.append(
                        "\nClosed loop (each client waits for its answer; HTTP over Apache HttpClient's blocking client with a"
                                + " kept-alive connection per client; raw JDBC on a pool of ")
                .append(POOL)
                .append(" connections, as the service's). `GET /api/me` checks the token and names the caller with no"
                        + " database: the most any endpoint of the service can do on this machine.\n\n")
                .append(ClosedLoop.Result.header())
                .append('\n');
        closed.forEach(c -> md.append(c.result().row(c.path())).append('\n'));
        md.append(
                "\nCPU milliseconds per operation in the closed-loop runs (the service's process and PostgreSQL's server"
                        + " and backends from /proc; the client threads from the JVM: the HTTP client, or the raw path's"
                        + " JDBC work; the rest of the benchmark's JVM, mostly the in-JVM Kafka broker):\n\n"
                        + "| Path | Concurrency | service | of which its JIT compiler | client threads | rest of bench JVM"
                        + " | PostgreSQL | total |\n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|\n");
        closed.forEach(c -> md.append(c.costRow()).append('\n'));
        md.append("\nSustained (best closed-loop) throughput:\n\n| Path | HTTP ops/s | Raw JDBC ops/s | HTTP / raw |\n")
                .append("|---|---:|---:|---:|\n");
        for (String path : List.of("create", "create+submit")) {
            double http = best(closed, "HTTP " + path);
            double raw = best(closed, "raw JDBC " + path);
            md.append(String.format("| %s | %,.0f | %,.0f | %.0f%% |%n", path, http, raw, 100 * http / raw));
        }
        double floor = best(closed, "HTTP GET /api/me");
        md.append(String.format(
                "| GET /api/me (no database), against raw create | %,.0f | %,.0f | %.0f%% |%n",
                floor, best(closed, "raw JDBC create"), 100 * floor / best(closed, "raw JDBC create")));
        // the target is p99 < 50 ms at 200 requests/s; a create+submit is two requests
        open.stream()
                .filter(o -> o.result().offeredPerSecond() * requestsPer(o.path()) == 200)
                .forEach(o -> md.append(String.format(
                        "%np99 at 200 requests/s (%s at %d ops/s): %.1f ms (target < 50 ms)",
                        o.path(),
                        o.result().offeredPerSecond(),
                        o.result().micros().getValueAtPercentile(99) / 1000.0)));
        md.append('\n');
        System.out.println();
        System.out.println(md);
        String output = System.getProperty("bench.output");
        if (output != null) {
            Files.writeString(Path.of(output), md.toString());
            say("results written to %s", output);
        }
    }

    private static int requestsPer(String path) {
        return path.equals("create") ? 1 : 2;
    }

    private static double best(List<Closed> closed, String path) {
        return closed.stream()
                .filter(c -> c.path().equals(path))
                .mapToDouble(c -> c.result().perSecond())
                .max()
                .orElse(0);
    }

    private static HikariDataSource pool(Map<String, String> properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(properties.get("datasources.default.url"));
        config.setUsername(properties.get("datasources.default.username"));
        config.setPassword(properties.get("datasources.default.password"));
        config.setMaximumPoolSize(POOL);
        config.setPoolName("bench-raw");
        return new HikariDataSource(config);
    }

    /** HotSpot's C1 and C2 compiler threads, as {@link CpuTime#ofThreads} groups them. */
    private static final String COMPILER = "C CompilerThre";

    /**
     * Measures closed-loop runs: the CPU seconds the service process, this JVM and PostgreSQL spend during each, and,
     * when PostgreSQL was started with {@code -Dpare.test.postgres.settings=shared_preload_libraries=pg_stat_statements},
     * the statements each operation ran.
     */
    private record Meter(HikariDataSource db, long service, long self, long postmaster, boolean countsStatements) {

        static Meter of(HikariDataSource db, long service) throws java.sql.SQLException {
            boolean counts;
            try (var c = db.getConnection();
                    var s = c.createStatement();
                    var preload = s.executeQuery("SHOW shared_preload_libraries")) {
                preload.next();
                counts = preload.getString(1).contains("pg_stat_statements");
                if (counts) {
                    s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
                }
            }
            return new Meter(db, service, ProcessHandle.current().pid(), CpuTime.postmasterOf(db), counts);
        }

        /**
         * One closed-loop run and what it cost. It starts once the database has {@link #settled settled}, so no run
         * pays for the rows and events of the run before it.
         */
        Closed measured(String path, Run run) throws Exception {
            settled(false);
            Map<String, Long> before = statements();
            Map<String, Double> threads0 = CpuTime.ofThreads(service);
            double s0 = CpuTime.ofProcess(service), g0 = CpuTime.ofProcess(self), p0 = CpuTime.ofPostgres(postmaster);
            ClosedLoop.Result result = run.run();
            sayStatements(path, before, statements(), result.ok() + result.failed());
            Map<String, Double> spent = spent(threads0, CpuTime.ofThreads(service));
            sayThreads(path, spent, result.ok() + result.failed());
            return new Closed(
                    path,
                    result,
                    CpuTime.ofProcess(service) - s0,
                    spent.getOrDefault(COMPILER, 0.0),
                    CpuTime.ofProcess(self) - g0,
                    CpuTime.ofPostgres(postmaster) - p0);
        }

        /**
         * Readies the database for a measured run, so that no run pays for the one before: waits for the relay's
         * backlog, then has PostgreSQL write out its dirty pages now ({@code CHECKPOINT}) rather than in the middle
         * of the run; after the warm-up's bulk of rows, also {@code VACUUM ANALYZE}, which autovacuum would
         * otherwise start during the first runs.
         */
        void settled(boolean vacuum) throws Exception {
            drained();
            try (var c = db.getConnection();
                    var s = c.createStatement()) {
                if (vacuum) {
                    s.execute("VACUUM ANALYZE");
                }
                s.execute("CHECKPOINT");
            }
        }

        /** Waits (up to a minute) for the relay to publish every outbox row, and says how long that took. */
        private void drained() throws Exception {
            long began = System.nanoTime();
            long left = unpublished(db);
            while (left > 0 && System.nanoTime() - began < Duration.ofMinutes(1).toNanos()) {
                Thread.sleep(100);
                left = unpublished(db);
            }
            if (System.nanoTime() - began > 100_000_000L || left > 0) {
                say("  waited %.1f s for the relay's backlog; %,d rows left", (System.nanoTime() - began) / 1e9, left);
            }
        }

        /** Calls per statement, summed over every connection to the database; empty unless counted. */
        private Map<String, Long> statements() throws java.sql.SQLException {
            Map<String, Long> calls = new java.util.HashMap<>();
            if (!countsStatements) {
                return calls;
            }
            try (var c = db.getConnection();
                    var s = c.createStatement();
                    var rows = s.executeQuery("SELECT query, calls FROM pg_stat_statements"
                            + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
                while (rows.next()) {
                    calls.merge(rows.getString(1), rows.getLong(2), Long::sum);
                }
            }
            return calls;
        }

        /** CPU seconds per thread group between two {@link CpuTime#ofThreads} readings. */
        private static Map<String, Double> spent(Map<String, Double> before, Map<String, Double> after) {
            Map<String, Double> spent = new java.util.HashMap<>();
            after.forEach((group, seconds) -> spent.put(group, seconds - before.getOrDefault(group, 0.0)));
            return spent;
        }

        /** The service's CPU per operation by thread group, largest first (groups under 1% of the whole left out). */
        private static void sayThreads(String path, Map<String, Double> spent, long ops) {
            if (ops == 0) {
                return;
            }
            double total =
                    spent.values().stream().mapToDouble(Double::doubleValue).sum();
            StringBuilder line = new StringBuilder();
            spent.entrySet().stream()
                    .filter(e -> e.getValue() * 100 >= total && e.getValue() > 0)
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(e -> line.append(String.format(" %s %.3f;", e.getKey(), 1000 * e.getValue() / ops)));
            say("  service CPU ms per operation by thread, %s:%s", path, line);
        }

        private static void sayStatements(String path, Map<String, Long> before, Map<String, Long> after, long ops) {
            if (after.isEmpty() || ops == 0) {
                return;
            }
            say("  statements per operation, %s:", path);
            after.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                    .filter(e -> e.getValue() * 100 >= ops) // at least once in a hundred operations
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> say(
                            "    %6.2f  %s",
                            (double) e.getValue() / ops, e.getKey().replaceAll("\\s+", " ")));
        }
    }

    /** Outbox rows the service's relay has not published yet: its backlog. */
    private static long unpublished(HikariDataSource raw) throws java.sql.SQLException {
        try (var c = raw.getConnection();
                var rows = c.createStatement()
                        .executeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String load() {
        return String.format(
                "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static List<Integer> ints(String list) {
        return Arrays.stream(list.split(","))
                .map(String::trim)
                .map(Integer::parseInt)
                .toList();
    }

    private static void say(String format, Object... args) {
        System.out.println("[bench] " + String.format(format, args));
    }
}
