package org.pare.messaging.micronaut;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pare.messaging.outbox.OutboxMonitor;
import org.reactivestreams.Publisher;

/**
 * {@code outbox} in {@code /health}: pending and blocked events and the broker's reachability. Blocked
 * events need a person but do not stop the service serving, so they show as {@code BLOCKED_EVENTS}, an
 * operational status (HTTP 200) that monitoring can alert on.
 */
@Singleton
public class OutboxHealthIndicator implements HealthIndicator {
    public static final HealthStatus BLOCKED_EVENTS =
            new HealthStatus("BLOCKED_EVENTS", "outbox events blocked after repeated failures", true, 500);

    private final MessagingRuntime runtime;

    public OutboxHealthIndicator(MessagingRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(result());
    }

    private HealthResult result() {
        try {
            OutboxMonitor.State state = runtime.outboxState();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("pending", state.pending());
            details.put("blocked", state.blocked());
            details.put("oldestPendingSeconds", state.oldestPending().toSeconds());
            details.put("brokerReachable", !runtime.brokerUnreachable());
            HealthStatus status = state.blocked() > 0 ? BLOCKED_EVENTS : HealthStatus.UP;
            return HealthResult.builder("outbox", status).details(details).build();
        } catch (RuntimeException e) {
            return HealthResult.builder("outbox", HealthStatus.DOWN)
                    .exception(e)
                    .build();
        }
    }
}
