package org.pare.messaging.micronaut;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pare.messaging.consumer.IdempotentConsumer;
import org.reactivestreams.Publisher;

/**
 * {@code consumers} in {@code /health}: DOWN when a consumer has stopped on an error it could not carry on after,
 * so a liveness probe restarts the service instead of it serving pages while its events pile up unread.
 */
@Singleton
public class ConsumerHealthIndicator implements HealthIndicator {
    private final MessagingRuntime runtime;

    public ConsumerHealthIndicator(MessagingRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(of(runtime.consumers()));
    }

    /** DOWN if any of {@code consumers} stopped on its own, with each one's state as a detail. */
    public static HealthResult of(List<IdempotentConsumer> consumers) {
        Map<String, String> details = new TreeMap<>();
        boolean anyStopped = false;
        for (IdempotentConsumer consumer : consumers) {
            RuntimeException stoppedBy = consumer.stoppedBy();
            anyStopped |= stoppedBy != null;
            details.put(consumer.name(), stoppedBy == null ? "running" : "stopped: " + stoppedBy);
        }
        return HealthResult.builder("consumers", anyStopped ? HealthStatus.DOWN : HealthStatus.UP)
                .details(details)
                .build();
    }
}
