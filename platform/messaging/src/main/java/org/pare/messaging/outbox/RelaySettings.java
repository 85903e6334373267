package org.pare.messaging.outbox;

import java.time.Duration;

/**
 * How the relay behaves.
 *
 * @param batchSize rows claimed per transaction
 * @param maxAttempts failures of one row (not of the broker) before the row is marked blocked
 * @param initialBackoff wait after a row's first failure; doubled per failure up to {@code maxBackoff}
 * @param maxBackoff the longest wait between two attempts, also used while the broker is unreachable
 * @param pollInterval fallback poll when no commit notification arrives
 */
public record RelaySettings(
        int batchSize, int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration pollInterval) {

    public static RelaySettings defaults() {
        return new RelaySettings(500, 10, Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofSeconds(1));
    }

    public RelaySettings {
        if (batchSize < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("batchSize and maxAttempts must be positive");
        }
    }

    public RelaySettings withBatchSize(int size) {
        return new RelaySettings(size, maxAttempts, initialBackoff, maxBackoff, pollInterval);
    }

    public RelaySettings withMaxAttempts(int attempts) {
        return new RelaySettings(batchSize, attempts, initialBackoff, maxBackoff, pollInterval);
    }

    public RelaySettings withPollInterval(Duration interval) {
        return new RelaySettings(batchSize, maxAttempts, initialBackoff, maxBackoff, interval);
    }

    public RelaySettings withBackoff(Duration initial, Duration max) {
        return new RelaySettings(batchSize, maxAttempts, initial, max, pollInterval);
    }

    public Duration backoffAfter(int failures) {
        long millis = initialBackoff.toMillis() << Math.min(failures - 1, 20);
        return Duration.ofMillis(Math.min(millis, maxBackoff.toMillis()));
    }
}
