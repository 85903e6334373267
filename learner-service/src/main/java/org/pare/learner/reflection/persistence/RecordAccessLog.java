package org.pare.learner.reflection.persistence;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pare.learner.person.domain.PersonId;

/** The audit of reads of a learner's records by other people, in the transaction of the read. */
@Singleton
public class RecordAccessLog {

    /** One read: who read which record of the learner, and when. */
    public record Entry(UUID readerId, String readerName, String recordType, UUID recordId, Instant readAt) {}

    public void reflectionRead(Connection connection, PersonId reader, PersonId learner, UUID reflectionId, Instant at)
            throws SQLException {
        String sql = "INSERT INTO record_access (id, reader_id, learner_id, record_type, record_id, read_at)"
                + " VALUES (?, ?, ?, 'REFLECTION', ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, reader.value());
            insert.setObject(3, learner.value());
            insert.setObject(4, reflectionId);
            insert.setTimestamp(5, Timestamp.from(at));
            insert.executeUpdate();
        }
    }

    /** The newest reads of this learner's records first. */
    public List<Entry> ofLearner(Connection connection, PersonId learner, int limit) throws SQLException {
        String sql = "SELECT a.reader_id, p.name, a.record_type, a.record_id, a.read_at FROM record_access a"
                + " JOIN person p ON p.id = a.reader_id WHERE a.learner_id = ? ORDER BY a.read_at DESC LIMIT ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, learner.value());
            select.setInt(2, limit);
            var entries = new ArrayList<Entry>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(
                            rows.getObject(1, UUID.class),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getObject(4, UUID.class),
                            rows.getTimestamp(5).toInstant()));
                }
            }
            return entries;
        }
    }
}
