package org.pare.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.pare.messaging.EventEnvelope;

/** One claimed, unsent outbox row. */
record OutboxRow(long seq, int attempts, EventEnvelope event) {

    static final String COLUMNS = "seq, attempts, event_id, source, event_type, occurred_at,"
            + " event_key, topic, payload::text AS payload, traceparent";

    static OutboxRow read(ResultSet rs) throws SQLException {
        EventEnvelope event = new EventEnvelope(
                rs.getObject("event_id", UUID.class),
                rs.getString("source"),
                rs.getString("event_type"),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("event_key"),
                rs.getString("topic"),
                rs.getString("payload").getBytes(StandardCharsets.UTF_8),
                rs.getString("traceparent"));
        return new OutboxRow(rs.getLong("seq"), rs.getInt("attempts"), event);
    }

    String orderingKey() {
        return event.topic() + '\u0000' + event.subject();
    }
}
