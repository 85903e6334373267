package org.pare.local;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.pare.local.demo.DemoCohort;
import org.pare.local.demo.DemoContext;
import org.pare.local.demo.DemoLoader;
import org.pare.local.infra.DataDirectory;
import org.pare.local.infra.DemoDirectory;
import org.pare.local.infra.DemoUser;
import org.pare.local.infra.Infrastructure;
import org.pare.local.infra.Ports;
import org.pare.local.infra.Progress;
import org.pare.local.services.Service;
import org.pare.local.services.ServiceProcesses;

/** {@code pare up}: infrastructure, then the four services, then demo data on first start; Ctrl-C stops all. */
final class LocalStack {
    private final Path root;
    private final DataDirectory data;
    private final Ports ports;
    private final PrintStream out;
    private final CountDownLatch stopped = new CountDownLatch(1);

    LocalStack(Path root, DataDirectory data, Ports ports, PrintStream out) {
        this.root = root;
        this.data = data;
        this.ports = ports;
        this.out = out;
    }

    void up(boolean fresh, boolean demo) throws Exception {
        long began = System.nanoTime();
        ports.requireAllFree();
        Service.ALL.forEach(s -> Ports.requireFree(s.name(), s.port()));
        for (Service service : Service.ALL) {
            service.jar(root); // fail before starting anything if a jar is missing
        }
        if (fresh) {
            data.delete();
        }
        data.create();
        DemoCohort cohort = DemoCohort.generate(DemoCohort.SEED, LocalDate.now());
        DemoDirectory users =
                DemoDirectory.load(data.demoUsers()).orElseGet(() -> new DemoDirectory(cohort.demoUsers()));
        out.println("Starting PARE (data in " + data.root() + ", logs in " + data.logs() + ")");
        Progress progress = new Progress(out);
        var databases = Service.ALL.stream().map(Service::database).toList();
        Infrastructure infra =
                Infrastructure.start(data, ports, databases, users, System.getProperty("java.class.path"), progress);
        ServiceProcesses services = new ServiceProcesses();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(services, infra), "pare-stop"));
        services.start(root, infra, data, progress);
        if (demo && !Files.exists(data.demoLoaded())) {
            loadDemoData(cohort, users, infra, progress);
        } else if (demo) {
            progress.note("  demo data: already loaded (./pare up --fresh starts again from nothing)");
        }
        Banner.print(out, infra, users, data, (System.nanoTime() - began) / 1e9);
        stopped.await();
    }

    private void loadDemoData(DemoCohort cohort, DemoDirectory users, Infrastructure infra, Progress progress)
            throws Exception {
        Map<String, String> urls = new LinkedHashMap<>();
        Service.ALL.forEach(s -> urls.put(s.name(), s.url()));
        var context = new DemoContext(cohort, infra.oidc()::token, urls, name -> trustId(infra, name));
        DemoLoader.standard().load(context, progress);
        for (DemoUser user : users.users()) {
            if (user.org() == null) {
                users.replace(user.withOrg(String.valueOf(trustId(infra, DemoCohort.trustOf(user)))));
            }
        }
        users.save(data.demoUsers());
        Files.writeString(data.demoLoaded(), "seed " + DemoCohort.SEED + ", loaded " + LocalDate.now() + "\n");
    }

    /** Trust ids are chosen by learner-service; the launcher, which runs its database, reads them back. */
    private static UUID trustId(Infrastructure infra, String trustName) {
        try (var connection = infra.postgres().connect("learner");
                var query = connection.prepareStatement("SELECT id FROM trust WHERE name = ?")) {
            query.setString(1, trustName);
            var rows = query.executeQuery();
            return rows.next() ? rows.getObject(1, UUID.class) : null;
        } catch (Exception e) {
            throw new IllegalStateException("could not read the id of trust " + trustName, e);
        }
    }

    /** Services first (they still need Kafka and PostgreSQL to finish), then Kafka, then PostgreSQL. */
    private void stop(ServiceProcesses services, Infrastructure infra) {
        out.println();
        out.println("Stopping PARE: services, then Kafka, then PostgreSQL ...");
        long began = System.nanoTime();
        try {
            services.close();
            infra.close();
        } catch (Exception e) {
            out.println("  while stopping: " + e);
        }
        out.printf(
                java.util.Locale.ROOT,
                "Stopped in %.1f s. Data kept in %s%n",
                (System.nanoTime() - began) / 1e9,
                data.root());
        stopped.countDown();
    }
}
