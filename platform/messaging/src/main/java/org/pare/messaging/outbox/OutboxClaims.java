package org.pare.messaging.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL of claiming rows: lock a batch with {@code FOR UPDATE SKIP LOCKED}, leaving out aggregates
 * whose earliest unsent event waits out a backoff, then drop aggregates that another relay holds an
 * earlier event of, so no event overtakes an earlier one of the same aggregate.
 */
final class OutboxClaims {
    // The waiting aggregates are worked out once per claim, not once per row: a per-row check is
    // fast while the outbox is nearly empty and ruinous with a backlog under a cached generic plan.
    private static final String CLAIM = "WITH waiting AS MATERIALIZED ("
            + "  SELECT topic, event_key, min(seq) AS first_seq FROM outbox_event"
            + "  WHERE published_at IS NULL AND blocked_at IS NULL AND attempts > 0 AND next_attempt_at > now()"
            + "  GROUP BY topic, event_key)"
            + " SELECT " + OutboxRow.COLUMNS + " FROM outbox_event e"
            + " WHERE e.published_at IS NULL AND e.blocked_at IS NULL"
            + " AND NOT EXISTS (SELECT 1 FROM waiting w"
            + "   WHERE w.topic = e.topic AND w.event_key = e.event_key AND w.first_seq <= e.seq)"
            + " ORDER BY e.seq LIMIT ? FOR UPDATE OF e SKIP LOCKED";

    private static final String EARLIER_UNSENT = "SELECT DISTINCT topic, event_key FROM outbox_event"
            + " WHERE published_at IS NULL AND blocked_at IS NULL"
            + " AND event_key = ANY(?) AND seq < ? AND NOT (seq = ANY(?))";

    private OutboxClaims() {}

    static List<OutboxRow> claim(Connection connection, int batchSize) throws SQLException {
        List<OutboxRow> locked = new ArrayList<>();
        try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
            claim.setInt(1, batchSize);
            try (ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    locked.add(OutboxRow.read(rs));
                }
            }
        }
        if (locked.isEmpty()) {
            return locked;
        }
        Set<String> held = heldElsewhere(connection, locked);
        if (held.isEmpty()) {
            return locked;
        }
        return locked.stream().filter(row -> !held.contains(row.orderingKey())).toList();
    }

    /** Aggregates with an earlier unsent row this relay did not lock: another relay owns them for now. */
    private static Set<String> heldElsewhere(Connection connection, List<OutboxRow> locked) throws SQLException {
        Map<String, Long> firstSeqByKey = new LinkedHashMap<>();
        Long[] seqs = new Long[locked.size()];
        for (int i = 0; i < locked.size(); i++) {
            OutboxRow row = locked.get(i);
            firstSeqByKey.putIfAbsent(row.orderingKey(), row.seq());
            seqs[i] = row.seq();
        }
        long maxSeq = locked.get(locked.size() - 1).seq();
        String[] keys = locked.stream().map(r -> r.event().subject()).distinct().toArray(String[]::new);
        Set<String> held = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(EARLIER_UNSENT)) {
            Array keyArray = connection.createArrayOf("text", keys);
            Array seqArray = connection.createArrayOf("bigint", seqs);
            query.setArray(1, keyArray);
            query.setLong(2, maxSeq);
            query.setArray(3, seqArray);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString("topic") + '\u0000' + rs.getString("event_key");
                    if (firstSeqByKey.containsKey(key)) {
                        held.add(key);
                    }
                }
            }
        }
        return held;
    }
}
