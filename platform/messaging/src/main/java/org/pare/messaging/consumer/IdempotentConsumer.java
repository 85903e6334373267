package org.pare.messaging.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.WakeupException;
import org.pare.messaging.BackgroundLoop;
import org.pare.messaging.CloudEventHeaders;
import org.pare.messaging.EventEnvelope;
import org.pare.messaging.MalformedEventException;
import org.pare.messaging.TransactionRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a subscription's topics and applies each event once in effect: the handler's work and a
 * {@code processed_event} row commit in one transaction, and offsets are committed only after. The records of a
 * poll are applied in batches of up to {@code batchSize} per transaction; when a batch fails it is rolled back and
 * its records are applied one by one, so only the failing record is retried and, after {@code maxAttempts} tries,
 * sent to {@code <topic>.dlt} with the error in its headers, and the partition moves on. A redelivered event finds
 * its row and is skipped. A record that cannot be read at all goes to the dead-letter topic untried. Closing lets
 * the batch or record in hand finish, commits, and leaves.
 */
public final class IdempotentConsumer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IdempotentConsumer.class);
    private static final Duration POLL = Duration.ofMillis(200);
    /** Events per transaction unless told otherwise: fewer commits, and little to redo when one record fails. */
    public static final int DEFAULT_BATCH_SIZE = 100;

    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final Subscription subscription;
    private final Consumer<String, byte[]> consumer;
    private final Producer<String, byte[]> deadLetterProducer;
    private final ProcessedEvents processed;
    private final Counter handled;
    private final Counter duplicates;
    private final Counter deadLettered;
    private final Counter batchFallbacks;
    private final int batchSize;
    private final Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
    private final BackgroundLoop loop;
    private volatile RuntimeException stoppedBy;

    public IdempotentConsumer(
            Subscription subscription,
            Consumer<String, byte[]> consumer,
            Producer<String, byte[]> deadLetterProducer,
            TransactionRunner transactions,
            MeterRegistry meters) {
        this(subscription, consumer, deadLetterProducer, transactions, meters, DEFAULT_BATCH_SIZE);
    }

    /** @param batchSize events applied per transaction; 1 applies each event in a transaction of its own */
    public IdempotentConsumer(
            Subscription subscription,
            Consumer<String, byte[]> consumer,
            Producer<String, byte[]> deadLetterProducer,
            TransactionRunner transactions,
            MeterRegistry meters,
            int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        this.batchSize = batchSize;
        this.subscription = subscription;
        this.consumer = consumer;
        this.deadLetterProducer = deadLetterProducer;
        this.processed = new ProcessedEvents(subscription.consumer(), transactions);
        String name = subscription.consumer();
        this.handled = meters.counter("pare.consumer.handled", "consumer", name);
        this.duplicates = meters.counter("pare.consumer.duplicates", "consumer", name);
        this.deadLettered = meters.counter("pare.consumer.dead.lettered", "consumer", name);
        this.batchFallbacks = meters.counter("pare.consumer.batch.fallbacks", "consumer", name);
        this.loop = new BackgroundLoop("consumer-" + name, this::consume);
    }

    public IdempotentConsumer start() {
        loop.start();
        return this;
    }

    private void consume() {
        try {
            consumer.subscribe(subscription.topics(), new CommitBeforeRevoke());
            while (loop.running()) {
                try {
                    processAll(consumer.poll(POLL));
                    commitDone();
                } catch (RetriableException | CommitFailedException | RebalanceInProgressException e) {
                    carryOn(e);
                }
            }
        } catch (WakeupException e) {
            if (loop.running()) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            stoppedBy = e;
            LOG.error("consumer {} stopped: {}", subscription.consumer(), e.toString(), e);
        } finally {
            try {
                commitDone();
            } catch (RuntimeException e) {
                LOG.warn("consumer {} could not commit on leaving: {}", subscription.consumer(), e.toString());
            }
            consumer.close();
        }
    }

    private void processAll(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(batchSize);
        for (ConsumerRecord<String, byte[]> record : records) {
            batch.add(record);
            if (batch.size() == batchSize) {
                if (!processBatch(batch)) {
                    return;
                }
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            processBatch(batch);
        }
    }

    /** @return false when stopping before the batch was done, so nothing after it may be committed */
    private boolean processBatch(List<ConsumerRecord<String, byte[]>> batch) throws InterruptedException {
        if (batch.size() > 1 && applyTogether(batch)) {
            batch.forEach(this::markDone);
            return true;
        }
        for (ConsumerRecord<String, byte[]> record : batch) {
            if (!process(record)) {
                return false;
            }
        }
        return true;
    }

    /** @return false when the batch has an unreadable record or failed and was rolled back */
    private boolean applyTogether(List<ConsumerRecord<String, byte[]>> batch) {
        List<EventEnvelope> events = new ArrayList<>(batch.size());
        try {
            for (ConsumerRecord<String, byte[]> record : batch) {
                events.add(CloudEventHeaders.fromRecord(record));
            }
            int applied = processed.applyAllOnce(events, subscription.handler());
            handled.increment(applied);
            duplicates.increment(events.size() - applied);
            return true;
        } catch (RuntimeException e) { // MalformedEventException included
            batchFallbacks.increment();
            LOG.info(
                    "consumer {}: batch of {} rolled back ({}); applying its records one by one",
                    subscription.consumer(),
                    batch.size(),
                    e.toString());
            return false;
        }
    }

    /**
     * A broker that is away (a commit or fetch timing out), a rebalance under way, or one that took the partitions
     * elsewhere is no reason to stop consuming for good. Handled events stay handled ({@code processed_event}):
     * offsets not committed now are committed with the next ones (a rebalance under way finishes in the next poll,
     * and partitions leaving this member have theirs committed first, by {@link CommitBeforeRevoke}); after a
     * rebalance that already happened, the partitions' new owner reads those events again and skips them.
     */
    private void carryOn(KafkaException e) throws InterruptedException {
        LOG.warn("consumer {} carries on after: {}", subscription.consumer(), e.toString());
        if (e instanceof CommitFailedException) {
            done.clear();
        }
        Thread.sleep(RETRY_PAUSE.toMillis());
    }

    /** Commits what was handled on partitions before they go to another member; lost ones are simply forgotten. */
    private final class CommitBeforeRevoke implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            Map<TopicPartition, OffsetAndMetadata> leaving = new HashMap<>();
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata offset = done.remove(partition);
                if (offset != null) {
                    leaving.put(partition, offset);
                }
            }
            if (!leaving.isEmpty()) {
                try {
                    consumer.commitSync(leaving);
                } catch (KafkaException e) {
                    LOG.warn(
                            "consumer {} could not commit partitions it is giving up ({}); their next owner skips"
                                    + " the events already handled",
                            subscription.consumer(),
                            e.toString());
                }
            }
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            partitions.forEach(done::remove);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {}
    }

    /** @return false when stopping before the record was done, so nothing after it may be committed */
    private boolean process(ConsumerRecord<String, byte[]> record) throws InterruptedException {
        EventEnvelope event;
        try {
            event = CloudEventHeaders.fromRecord(record);
        } catch (MalformedEventException e) {
            return deadLetter(record, e, 0);
        }
        Exception last = null;
        for (int attempt = 1; attempt <= subscription.maxAttempts(); attempt++) {
            try {
                if (processed.applyOnce(event, subscription.handler())) {
                    handled.increment();
                } else {
                    duplicates.increment();
                }
                return markDone(record);
            } catch (RuntimeException e) {
                last = e;
                LOG.warn(
                        "consumer {} failed on event {} (try {}): {}",
                        subscription.consumer(),
                        event.id(),
                        attempt,
                        e.toString());
                if (!loop.running()) {
                    return false;
                }
                if (attempt < subscription.maxAttempts()) {
                    Thread.sleep(subscription.backoffAfter(attempt).toMillis());
                }
            }
        }
        return deadLetter(record, last, subscription.maxAttempts());
    }

    private boolean deadLetter(ConsumerRecord<String, byte[]> record, Exception error, int attempts)
            throws InterruptedException {
        Throwable cause =
                error.getCause() != null && error instanceof ProcessedEvents.HandlerFailed ? error.getCause() : error;
        while (loop.running()) {
            try {
                deadLetterProducer
                        .send(DeadLetters.deadLetter(record, subscription.consumer(), cause, attempts))
                        .get();
                deadLettered.increment();
                LOG.error(
                        "consumer {} sent {}@{}/{} to {}",
                        subscription.consumer(),
                        record.topic(),
                        record.partition(),
                        record.offset(),
                        DeadLetters.topicFor(record.topic()));
                return markDone(record);
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warn("dead-letter send failed, retrying: {}", e.getCause().toString());
                Thread.sleep(1_000);
            }
        }
        return false;
    }

    private boolean markDone(ConsumerRecord<String, byte[]> record) {
        done.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
        return true;
    }

    private void commitDone() {
        if (!done.isEmpty()) {
            consumer.commitSync(done);
            done.clear();
        }
    }

    /** Why the loop stopped on its own, not asked to: an error it could not carry on after; null while it runs. */
    public RuntimeException stoppedBy() {
        return stoppedBy;
    }

    public String name() {
        return subscription.consumer();
    }

    @Override
    public void close() {
        loop.stop(consumer::wakeup, Duration.ofSeconds(30));
    }
}
