package org.pare.system.harness;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.pare.local.infra.DataDirectory;
import org.pare.local.infra.LocalKafka;
import org.pare.local.infra.Ports;
import org.pare.testing.OidcProvider;
import org.pare.testing.Postgres;
import org.pare.testing.TestInfrastructure;
import org.pare.testing.Tokens;

/**
 * The whole system, started once per test JVM and stopped when it exits: the four services as separate
 * processes (their runnable jars, launched as {@code ./pare up} launches them) against one real PostgreSQL
 * (platform/testing; a fresh database per service), one Kafka broker run as a child process (so it can be
 * stopped and started like a real broker), the test OpenID Connect provider and a GreenMail SMTP server. Every
 * port is free-picked, so it never collides with a running {@code ./pare up}. Schedules are short: see
 * {@link TestSchedules}.
 */
public final class PareSystem {
    private static PareSystem instance;

    private final Postgres postgres;
    private final LocalKafka kafka;
    private final GreenMail mail;
    private final OidcProvider oidc;
    private final Map<String, RunningService> services;

    private PareSystem(
            Postgres postgres,
            LocalKafka kafka,
            GreenMail mail,
            OidcProvider oidc,
            Map<String, RunningService> services) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.mail = mail;
        this.oidc = oidc;
        this.services = services;
    }

    /** The running system; the first call starts it (about 20 to 60 s on a busy 2-core machine). */
    public static synchronized PareSystem get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "pare-system-stop"));
        }
        return instance;
    }

    /** On any failure, stops what it already started: no broker or service outlives a failed start. */
    private static PareSystem start() {
        Path root = Locations.repositoryRoot();
        DataDirectory work = new DataDirectory(Locations.moduleDirectory().resolve("target/system"));
        Ports ports = Ports.free();
        LocalKafka kafka = null;
        GreenMail mail = null;
        try {
            work.delete();
            work.create();
            Postgres postgres = TestInfrastructure.get().postgres();
            OidcProvider oidc = OidcProvider.get();
            kafka = new LocalKafka(
                    work.kafka(),
                    ports.kafka(),
                    ports.kafkaController(),
                    Locations.brokerClasspath(),
                    work.log("kafka"));
            LocalKafka broker = kafka;
            CompletableFuture<Void> brokerStarted = CompletableFuture.runAsync(() -> startBroker(broker));
            mail = new GreenMail(new ServerSetup(ports.smtp(), "localhost", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            brokerStarted.join();
            Map<String, RunningService> services =
                    RunningService.forEach(root, work, postgres, kafka.bootstrapServers(), oidc, ports.smtp());
            PareSystem system = new PareSystem(postgres, kafka, mail, oidc, services);
            try {
                system.startAll();
            } catch (RuntimeException e) {
                system.stop();
                throw e;
            }
            return system;
        } catch (IOException | RuntimeException e) {
            if (kafka != null) {
                kafka.stop();
            }
            if (mail != null) {
                mail.stop();
            }
            throw new IllegalStateException("the system did not start; logs in " + work.logs(), e);
        }
    }

    private static void startBroker(LocalKafka kafka) {
        try {
            kafka.start();
        } catch (IOException e) {
            throw new IllegalStateException("the Kafka broker did not start", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Launches every service not running at once (they share the cores better so), then waits for each. */
    public void startAll() {
        services.values().forEach(RunningService::launch);
        services.values().forEach(RunningService::awaitHealthy);
    }

    public RunningService learner() {
        return service("learner-service");
    }

    public RunningService supervisor() {
        return service("supervisor-service");
    }

    public RunningService evaluation() {
        return service("evaluation-service");
    }

    public RunningService notification() {
        return service("notification-service");
    }

    /** By module name: {@code learner-service}, {@code supervisor-service}, ... */
    public RunningService service(String name) {
        RunningService service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service " + name + "; there are " + services.keySet());
        }
        return service;
    }

    public List<RunningService> services() {
        return new ArrayList<>(services.values());
    }

    /** The broker: {@code stop()} (SIGTERM, orderly), {@code start()} (same port and data), bootstrap servers. */
    public LocalKafka kafka() {
        return kafka;
    }

    /** Starts the broker again after {@code kafka().stop()}; returns when it answers. */
    public void startKafka() {
        startBroker(kafka);
    }

    public Postgres postgres() {
        return postgres;
    }

    /** The SMTP server notification-service sends through: {@code getReceivedMessages()}. */
    public GreenMail mail() {
        return mail;
    }

    public OidcProvider oidc() {
        return oidc;
    }

    public Tokens tokens() {
        return oidc.tokens();
    }

    /** Terminates every PostgreSQL connection of one service, as a failover or an idle-killer would. */
    public int terminateConnections(RunningService service) {
        return Databases.terminateConnections(postgres, service.database());
    }

    private void stop() {
        services.values().stream()
                .map(s -> CompletableFuture.runAsync(s::stop))
                .toList()
                .forEach(CompletableFuture::join);
        kafka.stop();
        mail.stop();
    }
}
