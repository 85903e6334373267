package org.pare.messaging;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.pare.messaging.consumer.KafkaConsumers;
import org.pare.testing.TestInfrastructure;

/** Shared set-up of the messaging tests: a migrated database, topics, events with a known shape. */
public final class MessagingFixtures {
    public static final String TYPE = "pare.test.ThingHappened.v1";
    private static final Pattern PAYLOAD = Pattern.compile("\\{\"aggregate\":\"([^\"]+)\",\"n\":(\\d+)}");

    private MessagingFixtures() {}

    public static DataSource aMigratedDatabase(String name) {
        return aMigratedDatabase(
                TestInfrastructure.get().postgres().freshDatabase(name).dataSource());
    }

    /** Platform tables plus an {@code effect} table, one row per handled event. */
    public static DataSource aMigratedDatabase(DataSource dataSource) {
        MessagingSchema.migrate(dataSource);
        execute(
                dataSource,
                "CREATE TABLE effect (applied_order BIGSERIAL PRIMARY KEY, event_id UUID NOT NULL,"
                        + " aggregate TEXT NOT NULL, n INT NOT NULL)");
        return dataSource;
    }

    public static String aTopic(String name) {
        String topic = "pare.test." + name + "-" + UUID.randomUUID().toString().substring(0, 8);
        TestInfrastructure.get().kafka().createTopics(6, topic, topic + ".dlt");
        return topic;
    }

    public static EventEnvelope anEvent(String topic, String aggregate, int n) {
        byte[] data = ("{\"aggregate\":\"" + aggregate + "\",\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8);
        return EventEnvelope.of("test-service", TYPE, topic, aggregate, data, null);
    }

    /** The (aggregate, n) an event of {@link #anEvent} carries. */
    public static Thing thingOf(EventEnvelope event) {
        Matcher m = PAYLOAD.matcher(new String(event.data(), StandardCharsets.UTF_8).replace(" ", ""));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a test payload");
        }
        return new Thing(m.group(1), Integer.parseInt(m.group(2)));
    }

    public record Thing(String aggregate, int n) {}

    /** The effect every test handler applies: one row per handled event. */
    public static void applyEffect(EventEnvelope event, Connection connection) throws SQLException {
        Thing thing = thingOf(event);
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO effect (event_id, aggregate, n) VALUES (?, ?, ?)")) {
            insert.setObject(1, event.id());
            insert.setString(2, thing.aggregate());
            insert.setInt(3, thing.n());
            insert.executeUpdate();
        }
    }

    public static long count(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every record now on {@code topic}, read from the start by a throwaway group. */
    public static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        String bootstrap = TestInfrastructure.get().kafka().bootstrapServers();
        try (KafkaConsumer<String, byte[]> consumer =
                KafkaConsumers.create(bootstrap, "reader-" + UUID.randomUUID(), Map.of())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (ends.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
