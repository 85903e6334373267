package org.pare.notification.email.domain;

import java.time.Duration;

/** How long to wait after a failed send before the next try: doubling from {@code first}, at most {@code max}. */
public record Backoff(Duration first, Duration max, int maxAttempts) {
    public Backoff {
        if (first.isNegative() || max.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("backoff needs 0 <= first <= max and at least one attempt");
        }
    }

    /** @param attempts the tries made so far, at least 1 */
    public Duration after(int attempts) {
        Duration wait = first.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(max) > 0 ? max : wait;
    }

    public boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }
}
