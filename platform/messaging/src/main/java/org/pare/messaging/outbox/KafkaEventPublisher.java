package org.pare.messaging.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.pare.messaging.CloudEventHeaders;
import org.pare.messaging.EventEnvelope;

/** Publishes with an idempotent producer and {@code acks=all}, waiting for every acknowledgement. */
public final class KafkaEventPublisher implements EventPublisher {
    private final Producer<String, byte[]> producer;

    public KafkaEventPublisher(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    public static KafkaEventPublisher connect(String bootstrapServers, String clientId) {
        return new KafkaEventPublisher(new KafkaProducer<>(producerProperties(bootstrapServers, clientId, Map.of())));
    }

    /** The producer settings the outbox relies on; {@code overrides} may tune, not weaken, them. */
    public static Properties producerProperties(String bootstrapServers, String clientId, Map<String, ?> overrides) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        props.putAll(overrides);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }

    @Override
    public List<PublishOutcome> publish(List<EventEnvelope> events) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(events.size());
        for (EventEnvelope event : events) {
            sent.add(producer.send(CloudEventHeaders.toRecord(event)));
        }
        producer.flush();
        List<PublishOutcome> outcomes = new ArrayList<>(events.size());
        for (Future<RecordMetadata> future : sent) {
            outcomes.add(outcomeOf(future));
        }
        return outcomes;
    }

    private static PublishOutcome outcomeOf(Future<RecordMetadata> future) {
        try {
            future.get();
            return PublishOutcome.ACKNOWLEDGED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PublishOutcome(e, true);
        } catch (ExecutionException e) {
            Exception cause = e.getCause() instanceof Exception c ? c : e;
            boolean brokerProblem = cause instanceof RetriableException
                    || cause instanceof org.apache.kafka.common.errors.TimeoutException;
            return new PublishOutcome(cause, brokerProblem);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
