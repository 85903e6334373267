package org.pare.local.services;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.pare.local.infra.ChildProcess;
import org.pare.local.infra.DataDirectory;
import org.pare.local.infra.Infrastructure;
import org.pare.local.infra.LocalOidc;
import org.pare.local.infra.LocalPostgres;
import org.pare.local.infra.Progress;

/** Starts each service as its own {@code java -jar} process, pointed at the stack, and waits for its /health. */
public final class ServiceProcesses implements AutoCloseable {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<ChildProcess> running = new ArrayList<>();

    /** Exactly the variables the services' application.yml read (see docs/configuration.md). */
    public static Map<String, String> environment(Service service, Infrastructure infra) {
        return environment(
                service,
                infra.postgres().jdbcUrl(service.database()),
                infra.kafka().bootstrapServers(),
                infra.oidc().jwksUrl(),
                infra.oidc().issuer(),
                infra.mail().smtpPort());
    }

    static Map<String, String> environment(
            Service service, String jdbcUrl, String bootstrapServers, String jwksUrl, String issuer, int smtpPort) {
        return environment(service, Service.ALL, jdbcUrl, bootstrapServers, jwksUrl, issuer, smtpPort);
    }

    /** As above, for services on other ports ({@code all}: where each of the four listens), e.g. in system tests. */
    public static Map<String, String> environment(
            Service service,
            List<Service> all,
            String jdbcUrl,
            String bootstrapServers,
            String jwksUrl,
            String issuer,
            int smtpPort) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", String.valueOf(service.port()));
        env.put("JDBC_URL", jdbcUrl);
        env.put("JDBC_USER", LocalPostgres.USER);
        env.put("JDBC_PASSWORD", "");
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("OIDC_JWKS_URL", jwksUrl);
        env.put("OIDC_ISSUER", issuer);
        env.put("OIDC_AUDIENCE", LocalOidc.AUDIENCE);
        for (Service other : all) {
            String name = other.name().replace("-service", "").toUpperCase(java.util.Locale.ROOT) + "_URL";
            env.put(name, other.url());
        }
        if (service.name().equals("notification-service")) {
            env.put("SMTP_HOST", "localhost");
            env.put("SMTP_PORT", String.valueOf(smtpPort));
            env.put("MAIL_FROM", "pare-notifications@localhost");
        }
        if (service.name().equals("learner-service")) {
            env.put(
                    "CORS_ALLOWED_ORIGINS",
                    String.join(
                            ",",
                            all.stream()
                                    .filter(other -> !other.name().equals(service.name()))
                                    .map(Service::url)
                                    .toList()));
        }
        return env;
    }

    /** Starts all four at once (they share two cores better than they wait for each other), then waits for each. */
    public void start(Path repositoryRoot, Infrastructure infra, DataDirectory data, Progress progress)
            throws Exception {
        Map<Service, ChildProcess> started = new LinkedHashMap<>();
        for (Service service : Service.ALL) {
            // the local stack's timers (demo pacing) go before the common JVM options and the jar
            List<String> jvm = new ArrayList<>(LocalPacing.of(service));
            jvm.addAll(jvm(service.jar(repositoryRoot)));
            ChildProcess child = ChildProcess.startJava(
                    service.name(), jvm, environment(service, infra), repositoryRoot, data.log(service.name()));
            running.add(child);
            started.put(service, child);
        }
        long began = System.nanoTime();
        ExecutorService waiters = Executors.newFixedThreadPool(started.size());
        try {
            Map<Service, CompletableFuture<Double>> healthy = new LinkedHashMap<>();
            started.forEach((service, child) -> healthy.put(
                    service,
                    CompletableFuture.supplyAsync(
                            () -> {
                                awaitHealthy(service, child, Duration.ofSeconds(180));
                                return (System.nanoTime() - began) / 1e9;
                            },
                            waiters)));
            // In start order, each with the time from launch until its /health answered (they start side by side).
            for (var entry : healthy.entrySet()) {
                progress.stepTimedBy(
                        entry.getKey().name() + " (" + entry.getKey().port() + ")",
                        () -> entry.getValue().join());
            }
        } finally {
            waiters.shutdownNow();
        }
    }

    /** The JVM options and jar a service runs with: small heap, quick start (they share a small machine). */
    public static List<String> jvm(Path jar) {
        return List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString());
    }

    /** Returns when the service's /health answers 200; fails with its log's tail if the process exits first. */
    public static void awaitHealthy(Service service, ChildProcess child, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.url() + "/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                throw new IllegalStateException(
                        service.name() + " exited; its log (" + child.logFile() + ") ends:\n" + child.tail(25));
            }
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (Exception e) {
                // not listening yet
            }
            sleep(300);
        }
        throw new IllegalStateException(
                service.name() + " was not healthy after " + timeout.toSeconds() + " s; see " + child.logFile());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Stops all services at once, each with SIGTERM and a grace period. */
    @Override
    public void close() {
        running.stream()
                .map(child -> CompletableFuture.runAsync(() -> child.stop(20)))
                .toList()
                .forEach(CompletableFuture::join);
        running.clear();
    }
}
