package org.pare.messaging.outbox;

import java.time.Duration;

/** A wake-up that is not lost when it comes before anyone waits for it. */
public final class WakeSignal {
    private boolean raised;

    public synchronized void wake() {
        raised = true;
        notifyAll();
    }

    /** @return true when woken, false when the timeout passed */
    public synchronized boolean await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!raised) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        raised = false;
        return true;
    }
}
