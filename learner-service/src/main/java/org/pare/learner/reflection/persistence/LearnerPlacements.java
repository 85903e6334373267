package org.pare.learner.reflection.persistence;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.pare.learner.person.domain.PersonId;

/** Whether a person supervises or assesses a learner, read from the allocations. */
@Singleton
public class LearnerPlacements {

    /** The learner's latest placement on which this person is a supervisor or an assessor. */
    public Optional<UUID> placementSupervisedBy(Connection connection, PersonId learner, PersonId person)
            throws SQLException {
        String sql = "SELECT p.id FROM placement p WHERE p.learner_id = ? AND (p.practice_assessor_id = ?"
                + " OR p.academic_assessor_id = ? OR EXISTS (SELECT 1 FROM placement_supervisor s"
                + " WHERE s.placement_id = p.id AND s.person_id = ?)) ORDER BY p.start_date DESC LIMIT 1";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, learner.value());
            for (int i = 2; i <= 4; i++) {
                select.setObject(i, person.value());
            }
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getObject(1, UUID.class)) : Optional.empty();
            }
        }
    }
}
