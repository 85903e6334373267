package org.pare.messaging.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/** The SQL of recording what became of a claimed row. */
final class OutboxMarks {
    private static final String PUBLISHED = "UPDATE outbox_event SET published_at = now() WHERE seq = ANY(?)";
    private static final String FAILED = "UPDATE outbox_event SET attempts = attempts + 1, last_error = ?,"
            + " next_attempt_at = now() + (? * interval '1 millisecond'),"
            + " blocked_at = CASE WHEN ? THEN now() END WHERE seq = ?";
    private static final int MAX_ERROR_LENGTH = 2_000;

    private OutboxMarks() {}

    static void published(Connection connection, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(PUBLISHED)) {
            update.setArray(1, connection.createArrayOf("bigint", seqs.toArray()));
            update.executeUpdate();
        }
    }

    static void failed(Connection connection, long seq, String error, Duration backoff, boolean block)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(FAILED)) {
            update.setString(1, error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error);
            update.setLong(2, backoff.toMillis());
            update.setBoolean(3, block);
            update.setLong(4, seq);
            update.executeUpdate();
        }
    }
}
