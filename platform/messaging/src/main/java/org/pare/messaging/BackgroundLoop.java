package org.pare.messaging;

import java.time.Duration;

/** One daemon thread running a loop body until asked to stop; the relay and consumers each own one. */
public final class BackgroundLoop {
    private final String name;
    private final Runnable body;
    private volatile boolean running;
    private Thread thread;

    public BackgroundLoop(String name, Runnable body) {
        this.name = name;
        this.body = body;
    }

    public synchronized void start() {
        if (thread == null) {
            running = true;
            thread = new Thread(body, name);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** True until {@link #stop} is called; the body checks it between units of work. */
    public boolean running() {
        return running;
    }

    /**
     * Clears the flag, runs {@code nudge} to wake a body blocked in I/O or a wait, and waits up to
     * {@code patience} for the body to finish the unit of work in hand.
     */
    public void stop(Runnable nudge, Duration patience) {
        Thread stopping;
        synchronized (this) {
            running = false;
            stopping = thread;
            thread = null;
        }
        if (stopping == null) {
            return;
        }
        nudge.run();
        try {
            stopping.join(patience.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
