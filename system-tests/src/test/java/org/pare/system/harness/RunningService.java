package org.pare.system.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pare.local.infra.ChildProcess;
import org.pare.local.infra.DataDirectory;
import org.pare.local.services.Service;
import org.pare.local.services.ServiceProcesses;
import org.pare.testing.OidcProvider;
import org.pare.testing.Postgres;
import org.pare.testing.TestDatabase;

/**
 * One service of the system as its own {@code java -jar} process, launched exactly as {@code ./pare up} launches
 * it: start (and wait for /health), stop (SIGTERM, orderly), kill (SIGKILL, as a crash), restart. Its database
 * and settings stay the same across restarts, so a restarted service picks up where it stopped.
 */
public final class RunningService {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private final Service service;
    private final Path jar;
    private final Map<String, String> environment;
    private final List<String> systemProperties;
    private final Path workDirectory;
    private final Path log;
    private final String database;
    private volatile ChildProcess process;

    RunningService(
            Service service,
            Path jar,
            Map<String, String> environment,
            List<String> systemProperties,
            Path workDirectory,
            Path log,
            String database) {
        this.service = service;
        this.jar = jar;
        this.environment = Map.copyOf(environment);
        this.systemProperties = List.copyOf(systemProperties);
        this.workDirectory = workDirectory;
        this.log = log;
        this.database = database;
    }

    /**
     * The four services, each on a free port with a fresh database of its own, pointed at the given broker, provider
     * and SMTP port with the environment {@code ./pare up} gives them, plus the test schedules.
     */
    static Map<String, RunningService> forEach(
            Path root, DataDirectory work, Postgres postgres, String bootstrapServers, OidcProvider oidc, int smtpPort)
            throws IOException {
        List<Service> all = Service.ALL.stream()
                .map(s -> new Service(s.name(), Locations.freePort(), s.database()))
                .toList();
        Map<String, RunningService> services = new LinkedHashMap<>();
        for (Service service : all) {
            TestDatabase database = postgres.freshDatabase(service.database());
            Map<String, String> env = new LinkedHashMap<>(ServiceProcesses.environment(
                    service, all, database.jdbcUrl(), bootstrapServers, oidc.jwksUrl(), oidc.issuer(), smtpPort));
            env.put("JDBC_USER", database.username());
            env.put("JDBC_PASSWORD", database.password());
            services.put(
                    service.name(),
                    new RunningService(
                            service,
                            service.jar(root),
                            env,
                            TestSchedules.systemProperties(service.name()),
                            root,
                            work.log(service.name()),
                            Locations.databaseName(database.jdbcUrl())));
        }
        return services;
    }

    /** Launches the process without waiting; {@link #awaitHealthy()} waits. Does nothing if it runs already. */
    synchronized void launch() {
        if (isAlive()) {
            return;
        }
        List<String> jvm = new ArrayList<>(systemProperties);
        jvm.addAll(ServiceProcesses.jvm(jar));
        try {
            process = ChildProcess.startJava(service.name(), jvm, environment, workDirectory, log);
        } catch (IOException e) {
            throw new IllegalStateException("could not launch " + service.name(), e);
        }
    }

    /** Returns when /health answers 200; fails with the log's tail if the process dies first. */
    public void awaitHealthy() {
        ServiceProcesses.awaitHealthy(service, process, START_TIMEOUT);
    }

    /** Starts the service (if it is not running) and returns when it is healthy. */
    public void start() {
        launch();
        awaitHealthy();
    }

    /** SIGTERM and waits for an orderly shutdown (SIGKILL after 20 s). */
    public synchronized void stop() {
        if (process != null) {
            process.stop(20);
        }
    }

    /** {@code kill -9}: no shutdown hook, no last commit, as a crash. Returns when the process is gone. */
    public synchronized void kill() {
        if (process != null) {
            process.kill();
        }
    }

    /** Stops (orderly) and starts again, on the same port, database and settings. */
    public void restart() {
        stop();
        start();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The operating system's process id of the running service. */
    public long pid() {
        return process.pid();
    }

    public String name() {
        return service.name();
    }

    /** Base URL, e.g. {@code http://localhost:41234}. */
    public String url() {
        return service.url();
    }

    public int port() {
        return service.port();
    }

    /** Name of this service's own database on the shared PostgreSQL. */
    public String database() {
        return database;
    }

    public Path log() {
        return log;
    }
}
