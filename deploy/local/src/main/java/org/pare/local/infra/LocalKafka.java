package org.pare.local.infra;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka 4 broker in KRaft mode (combined broker and controller), run as a child process from the Kafka
 * jars on the launcher's classpath, so it can be stopped and started like a real broker. Its log directory is
 * formatted once; topics and data survive a restart.
 */
public final class LocalKafka implements AutoCloseable {
    private final Path directory;
    private final int port;
    private final int controllerPort;
    private final String classpath;
    private final Path logFile;
    private ChildProcess process;

    public LocalKafka(Path directory, int port, int controllerPort, String classpath, Path logFile) {
        this.directory = directory;
        this.port = port;
        this.controllerPort = controllerPort;
        this.classpath = classpath;
        this.logFile = logFile;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public void start() throws IOException, InterruptedException {
        Path config = writeConfig();
        if (!Files.exists(directory.resolve("data").resolve("meta.properties"))) {
            format(config);
        }
        process = ChildProcess.startJava("kafka", jvm("kafka.Kafka", config.toString()), Map.of(), directory, logFile);
        awaitReady(Duration.ofSeconds(90));
    }

    public void stop() {
        if (process != null) {
            process.stop(30);
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void format(Path config) throws IOException, InterruptedException {
        var format = ChildProcess.startJava(
                "kafka-format",
                jvm("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()),
                Map.of(),
                directory,
                logFile);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (format.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (!Files.exists(directory.resolve("data").resolve("meta.properties"))) {
            throw new IllegalStateException("formatting Kafka's storage failed:\n" + format.tail(20));
        }
    }

    private List<String> jvm(String mainClass, String... args) {
        var command = new java.util.ArrayList<>(List.of(
                "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-Dpare.log.level=INFO", "-cp", classpath, mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private Path writeConfig() throws IOException {
        Files.createDirectories(directory.resolve("data"));
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        p.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", directory.resolve("data").toString());
        p.put("num.partitions", "3");
        // One broker: without these a consumer group never receives anything.
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        Path config = directory.resolve("server.properties");
        try (var out = Files.newBufferedWriter(config)) {
            p.store(out, "written by the PARE launcher on every start");
        }
        return config;
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka exited while starting:\n" + process.tail(30));
            }
            if (portOpen() && clusterAnswers()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Kafka did not become ready in " + timeout.toSeconds() + " s; see " + logFile);
    }

    private boolean portOpen() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean clusterAnswers() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(props)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }
}
