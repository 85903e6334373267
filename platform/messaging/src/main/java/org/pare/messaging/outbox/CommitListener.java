package org.pare.messaging.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on {@link OutboxWriter#CHANNEL} over a dedicated connection and raises the relay's
 * {@link WakeSignal} whenever a transaction that wrote to the outbox commits. If the connection
 * drops it reconnects; meanwhile the relay falls back to polling.
 */
public final class CommitListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CommitListener.class);
    private static final int WAIT_MILLIS = 500;

    private final Supplier<Connection> connections;
    private final WakeSignal signal;
    private final Thread thread;
    private volatile boolean running = true;

    public CommitListener(Supplier<Connection> connections, WakeSignal signal) {
        this.connections = connections;
        this.signal = signal;
        this.thread = new Thread(this::listen, "outbox-commit-listener");
        this.thread.setDaemon(true);
    }

    public CommitListener start() {
        thread.start();
        return this;
    }

    private void listen() {
        while (running) {
            try (Connection connection = connections.get()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + OutboxWriter.CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                signal.wake(); // rows may have committed before we listened
                while (running) {
                    var notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        signal.wake();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn(
                            "outbox commit listener lost its connection; relay polls until it is back: {}",
                            e.getMessage());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(WAIT_MILLIS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
