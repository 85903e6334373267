package org.pare.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RealInfrastructure.class)
class TestInfrastructureIT {

    @Test
    void each_fresh_database_is_a_separate_real_postgresql_database(Postgres postgres) throws Exception {
        TestDatabase first = postgres.freshDatabase("learner");
        TestDatabase second = postgres.freshDatabase("learner");

        try (Connection a = first.dataSource().getConnection();
                Statement statement = a.createStatement()) {
            statement.execute("CREATE TABLE only_in_first (id int)");
        }
        try (Connection b = second.dataSource().getConnection();
                Statement statement = b.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'only_in_first'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
            ResultSet version = statement.executeQuery("SHOW server_version_num");
            version.next();
            assertThat(version.getInt(1)).isGreaterThanOrEqualTo(160000);
        }
        assertThat(first.jdbcUrl()).isNotEqualTo(second.jdbcUrl());
    }

    @Test
    void the_kafka_broker_carries_a_record_from_producer_to_consumer_group(Kafka kafka) {
        String topic = "infra-check-" + UUID.randomUUID();
        kafka.createTopics(1, topic);
        try (var producer = new KafkaProducer<String, String>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
                var consumer = new KafkaConsumer<String, String>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "infra-check",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                        StringDeserializer.class,
                        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                        StringDeserializer.class))) {
            producer.send(new ProducerRecord<>(topic, "k", "hello")).get();
            consumer.subscribe(List.of(topic));
            String received = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (received == null && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                for (var record : records) {
                    received = record.value();
                }
            }
            assertThat(received).isEqualTo("hello");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
