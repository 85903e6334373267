package org.pare.messaging.consumer;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One consumer of some topics.
 *
 * @param consumer stable name: the Kafka group id and the {@code processed_event.consumer} value
 * @param topics topics read, in per-partition order
 * @param handler the effect of one event
 * @param maxAttempts tries before the record goes to {@code <topic>.dlt}
 * @param backoff wait after the first failed try, doubled after each further one
 */
public record Subscription(
        String consumer, List<String> topics, EventHandler handler, int maxAttempts, Duration backoff) {

    public Subscription {
        Objects.requireNonNull(handler, "handler");
        if (consumer == null || consumer.isBlank() || topics == null || topics.isEmpty()) {
            throw new IllegalArgumentException("a subscription needs a consumer name and at least one topic");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        topics = List.copyOf(topics);
    }

    public static Subscription of(String consumer, List<String> topics, EventHandler handler) {
        return new Subscription(consumer, topics, handler, 5, Duration.ofMillis(100));
    }

    public Subscription withRetries(int attempts, Duration firstBackoff) {
        return new Subscription(consumer, topics, handler, attempts, firstBackoff);
    }

    Duration backoffAfter(int failures) {
        return backoff.multipliedBy(1L << Math.min(failures - 1, 10));
    }
}
