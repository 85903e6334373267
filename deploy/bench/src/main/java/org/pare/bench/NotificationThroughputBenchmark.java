package org.pare.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.pare.messaging.CloudEventHeaders;
import org.pare.messaging.EventEnvelope;
import org.pare.testing.ServiceTestProperties;
import org.pare.testing.TestInfrastructure;

/**
 * notification-service end to end: events published to the real broker, the service (its runnable jar, in a JVM
 * of its own, against this JVM's embedded PostgreSQL) turning each into an inbox row and an e-mail, and a real SMTP server (GreenMail) receiving
 * them. Measures the time from the first publish until every inbox row exists and every e-mail has arrived. See
 * docs/performance.md.
 */
public final class NotificationThroughputBenchmark {
    private static final String FEEDBACK_TOPIC = "pare.supervisor.feedback";
    /**
     * How often the benchmark counts inbox rows and received e-mails. Each count takes CPU from the service on the
     * same 2 cores (a count of the inbox every 20 ms cost PostgreSQL about 0.1 ms per event), so not too often; the
     * times it reports are late by up to this much.
     */
    private static final long POLL_MILLIS = 100;

    public static void main(String[] args) {
        try {
            run();
            System.exit(0);
        } catch (Exception e) {
            e.printStackTrace();
            // the broker, database and service threads would keep the JVM alive
            System.exit(1);
        }
    }

    private static void run() throws Exception {
        int events = Integer.getInteger("bench.notificationEvents", 10_000);
        int learners = 200;
        // GreenMail parses every e-mail it receives with Jakarta Mail in this JVM, which, unless told its
        // StreamProvider by name, scans every jar for it several times per e-mail (the service names it too: Mailer).
        System.setProperty("jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        Map<String, String> properties = ServiceTestProperties.forService("bench_notification");
        String jdbc = properties.get("datasources.default.url");
        String user = properties.get("datasources.default.username");
        String password = properties.get("datasources.default.password");
        TestInfrastructure.get().kafka().createTopics(4, FEEDBACK_TOPIC, "pare.learner.person");
        try (ServiceProcess service = ServiceProcess.start(
                        "notification-service",
                        properties,
                        Map.of(
                                "SMTP_HOST",
                                "127.0.0.1",
                                "SMTP_PORT",
                                Integer.toString(smtp.getSmtp().getPort())),
                        Map.of(
                                "pare.notification.quiet-hours.from", "00:00",
                                "pare.notification.quiet-hours.until", "00:00",
                                "pare.notification.email.poll-interval", "20ms"));
                KafkaProducer<String, byte[]> producer = producer();
                Connection db = DriverManager.getConnection(jdbc, user, password)) {
            long postgres = CpuTime.postmasterOf(db);
            long self = ProcessHandle.current().pid();
            List<UUID> people = register(producer, learners);
            waitFor(db, "SELECT count(*) FROM person", learners, 300);
            say("%d learners registered; warm-up: 500 events", learners);
            publish(producer, people, 500);
            waitFor(db, "SELECT count(*) FROM outgoing_email WHERE state = 'SENT'", 500, 120);
            waitForMail(smtp, 500, 60);

            say("publishing %,d FeedbackGiven events", events);
            double[] cpuBefore = {
                CpuTime.ofProcess(service.pid()), CpuTime.ofProcess(self), CpuTime.ofPostgres(postgres)
            };
            long start = System.nanoTime();
            publish(producer, people, events);
            double published = seconds(start);
            double inbox = waitFor(db, "SELECT count(*) FROM inbox_message", 500 + events, 600) - start;
            double mail = waitForMail(smtp, 500 + events, 600) - start;
            waitFor(db, "SELECT count(*) FROM outgoing_email WHERE state = 'SENT'", 500 + events, 60);
            double[] cpu = {
                CpuTime.ofProcess(service.pid()) - cpuBefore[0],
                CpuTime.ofProcess(self) - cpuBefore[1],
                CpuTime.ofPostgres(postgres) - cpuBefore[2]
            };
            report(events, published, inbox / 1e9, mail / 1e9, cpu);
        } finally {
            smtp.stop();
        }
    }

    /** @param cpu seconds of CPU from the first publish to the last e-mail: service, this JVM, PostgreSQL */
    private static void report(int events, double published, double inbox, double mail, double[] cpu) throws Exception {
        String md = String.format(
                """
                ## Notification throughput, %s

                notification-service as its own process (its -all.jar, 4 e-mail senders), embedded PostgreSQL, in-JVM broker (4 partitions), \
                GreenMail SMTP; %,d FeedbackGiven events to 200 learners with e-mail on and no quiet hours; load \
                average at the end %s (2 cores, shared).

                | Measure | Seconds | Messages/s |
                |---|---:|---:|
                | All events published (producer acks) | %.2f | %,.0f |
                | Every inbox row written (from the first publish) | %.2f | %,.0f |
                | **Every e-mail received by the SMTP server** (from the first publish) | %.2f | **%,.0f** |

                CPU per event (one inbox row and one e-mail), from the first publish to the last e-mail: \
                notification-service %.2f ms, this JVM (producer, broker and GreenMail) %.2f ms, PostgreSQL %.2f ms; \
                %.1f CPU-seconds in all over %.1f s of 2 cores.

                Target: at least 500 messages/s.
                """,
                LocalDate.now(),
                events,
                load(),
                published,
                events / published,
                inbox,
                events / inbox,
                mail,
                events / mail,
                cpu[0] * 1000 / events,
                cpu[1] * 1000 / events,
                cpu[2] * 1000 / events,
                cpu[0] + cpu[1] + cpu[2],
                mail);
        System.out.println();
        System.out.println(md);
        String output = System.getProperty("bench.output");
        if (output != null) {
            Files.writeString(Path.of(output), md);
            say("results written to %s", output);
        }
    }

    private static List<UUID> register(KafkaProducer<String, byte[]> producer, int count) throws Exception {
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            people.add(id);
            String json = String.format(
                    "{\"personId\":\"%s\",\"loginId\":\"bench-%d\",\"name\":\"Bench %d\",\"email\":\"bench-%d@nhs.example\"}",
                    id, i, i, i);
            send(producer, "pare.learner.person", "pare.learner.PersonRegistered.v1", id.toString(), json);
        }
        producer.flush();
        return people;
    }

    private static void publish(KafkaProducer<String, byte[]> producer, List<UUID> people, int count) throws Exception {
        List<Future<RecordMetadata>> sent = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            UUID feedback = UUID.randomUUID();
            String json = String.format(
                    "{\"feedbackId\":\"%s\",\"learnerId\":\"%s\",\"supervisorId\":\"%s\",\"tags\":[\"communication\"],"
                            + "\"givenAt\":\"%s\"}",
                    feedback, people.get(i % people.size()), UUID.randomUUID(), Instant.now());
            sent.add(send(producer, FEEDBACK_TOPIC, "pare.supervisor.FeedbackGiven.v1", feedback.toString(), json));
        }
        for (Future<RecordMetadata> f : sent) {
            f.get();
        }
    }

    private static Future<RecordMetadata> send(
            KafkaProducer<String, byte[]> producer, String topic, String type, String key, String json) {
        EventEnvelope event = EventEnvelope.of("bench", type, topic, key, json.getBytes(StandardCharsets.UTF_8), null);
        return producer.send(CloudEventHeaders.toRecord(event));
    }

    /** @return System.nanoTime() when the count was reached */
    private static long waitFor(Connection db, String sql, long expected, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (ResultSet rows = db.createStatement().executeQuery(sql)) {
                rows.next();
                if (rows.getLong(1) >= expected) {
                    return System.nanoTime();
                }
            } catch (java.sql.SQLException e) {
                // the service has not created its tables yet
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("not reached in " + seconds + " s: " + sql + " >= " + expected);
    }

    private static long waitForMail(GreenMail smtp, int expected, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (smtp.getReceivedMessages().length >= expected) {
                return System.nanoTime();
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("SMTP server did not receive " + expected + " e-mails in " + seconds + " s");
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestInfrastructure.get().kafka().bootstrapServers(),
                        ProducerConfig.LINGER_MS_CONFIG,
                        5),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String load() {
        return String.format(
                "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void say(String format, Object... args) {
        System.out.println("[bench] " + String.format(format, args));
    }
}
