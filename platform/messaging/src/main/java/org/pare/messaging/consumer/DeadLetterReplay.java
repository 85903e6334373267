package org.pare.messaging.consumer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.pare.messaging.outbox.KafkaEventPublisher;

/**
 * Sends the records waiting in {@code <topic>.dlt} back to the topic they failed on, after a fix. The
 * replay group's committed offsets remember what was replayed, so running it twice sends nothing twice;
 * consumers deduplicate on the event id in any case.
 */
public final class DeadLetterReplay {
    public static final String GROUP = "pare-dlt-replay";

    private DeadLetterReplay() {}

    /** @return how many records were sent back */
    public static int replay(String bootstrapServers, String topic) {
        String deadLetterTopic = DeadLetters.topicFor(topic);
        try (var consumer = new KafkaConsumer<String, byte[]>(consumerProperties(bootstrapServers));
                var producer = new KafkaProducer<String, byte[]>(
                        KafkaEventPublisher.producerProperties(bootstrapServers, "dlt-replay", Map.of()))) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic).stream()
                    .map(p -> new TopicPartition(deadLetterTopic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            int replayed = 0;
            while (!caughtUp(consumer, ends)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    producer.send(DeadLetters.forReplay(record)).get();
                    replayed++;
                }
                consumer.commitSync();
            }
            return replayed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("replay interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("replay failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static boolean caughtUp(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static Properties consumerProperties(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return props;
    }

    /** {@code java ... DeadLetterReplay <bootstrap-servers> <topic>}: for the runbook. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: DeadLetterReplay <bootstrap-servers> <topic>");
            System.exit(2);
        }
        System.out.println("replayed " + replay(args[0], args[1]) + " records from " + DeadLetters.topicFor(args[1]));
    }
}
