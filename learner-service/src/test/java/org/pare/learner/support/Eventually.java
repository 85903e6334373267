package org.pare.learner.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for something asynchronous (a consumed event) to become true. */
public final class Eventually {
    private Eventually() {}

    public static void within(Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not true within " + limit);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
