package org.pare.learner.pulse.persistence;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.pare.learner.person.domain.PersonId;
import org.pare.learner.pulse.domain.Pulse;

/** Check-ins in the learner database, at most one per learner and day. */
@Singleton
public class PulseRepository {
    private static final String COLUMNS = "id, learner_id, day, treated_with_dignity, had_what_they_needed,"
            + " recognised, mood, note, contact_requested, recorded_at";

    /** Stores the check-in unless the learner already has one that day; says whether it stored it. */
    public boolean insertIfFirstOfDay(Connection connection, Pulse p) throws SQLException {
        String sql = "INSERT INTO pulse (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (learner_id, day) DO NOTHING";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, p.id());
            insert.setObject(2, p.learnerId().value());
            insert.setObject(3, p.day());
            insert.setBoolean(4, p.treatedWithDignity());
            insert.setBoolean(5, p.hadWhatTheyNeeded());
            insert.setBoolean(6, p.recognised());
            insert.setObject(7, p.mood() == null ? null : p.mood().shortValue());
            insert.setString(8, p.note());
            insert.setBoolean(9, p.contactRequested());
            insert.setTimestamp(10, Timestamp.from(p.recordedAt()));
            return insert.executeUpdate() == 1;
        }
    }

    public Optional<Pulse> of(Connection connection, PersonId learner, LocalDate day) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM pulse WHERE learner_id = ? AND day = ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, learner.value());
            select.setObject(2, day);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                int mood = rows.getInt("mood");
                return Optional.of(new Pulse(
                        rows.getObject("id", UUID.class),
                        learner,
                        day,
                        rows.getBoolean("treated_with_dignity"),
                        rows.getBoolean("had_what_they_needed"),
                        rows.getBoolean("recognised"),
                        rows.wasNull() || mood == 0 ? null : mood,
                        rows.getString("note"),
                        rows.getBoolean("contact_requested"),
                        rows.getTimestamp("recorded_at").toInstant()));
            }
        }
    }
}
