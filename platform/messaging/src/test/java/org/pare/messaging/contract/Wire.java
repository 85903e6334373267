package org.pare.messaging.contract;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.pare.messaging.CloudEventHeaders;
import org.pare.messaging.EventEnvelope;
import org.pare.messaging.consumer.DeadLetters;
import org.pare.messaging.outbox.KafkaEventPublisher;

/** The broker as the contract uses it: publish as a producing service would, read a dead-letter topic whole. */
final class Wire {
    private final String bootstrapServers;

    Wire(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    RecordMetadata publish(EventEnvelope event) {
        try (var producer = new KafkaProducer<String, byte[]>(
                KafkaEventPublisher.producerProperties(bootstrapServers, "contract", Map.of()))) {
            return producer.send(CloudEventHeaders.toRecord(event)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not publish " + event.id(), e.getCause());
        }
    }

    /** The first dead letter of {@code topic} whose {@code ce_id} is {@code eventId}, once it is there. */
    ConsumerRecord<String, byte[]> awaitDeadLetter(String topic, UUID eventId, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, byte[]> record : readAll(DeadLetters.topicFor(topic))) {
                if (eventId.toString().equals(CloudEventHeaders.text(record.headers(), CloudEventHeaders.ID))) {
                    return record;
                }
            }
            Polling.pause();
        }
        throw new AssertionError("no dead letter for event " + eventId + " on " + DeadLetters.topicFor(topic));
    }

    /** Reads from the start with no consumer group, so there is no group join to wait for. */
    private List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            var records = new java.util.ArrayList<ConsumerRecord<String, byte[]>>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }
}
