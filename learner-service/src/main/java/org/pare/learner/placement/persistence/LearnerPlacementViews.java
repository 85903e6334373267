package org.pare.learner.placement.persistence;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pare.learner.person.domain.PersonId;

/** A learner's placements as their own pages show them: where, when, and the people who supervise and assess. */
@Singleton
public class LearnerPlacementViews {

    public record Person(UUID personId, String name, String role) {}

    public record View(
            UUID placementId,
            String trust,
            String site,
            String area,
            String profession,
            LocalDate startDate,
            LocalDate endDate,
            String status,
            List<Person> people) {}

    private static final String PLACEMENTS = "SELECT p.id, t.name, s.name, a.name, p.profession, p.start_date,"
            + " p.end_date, p.status, pa.id, pa.name, aa.id, aa.name FROM placement p"
            + " JOIN placement_area a ON a.id = p.area_id JOIN site s ON s.id = a.site_id"
            + " JOIN trust t ON t.id = s.trust_id JOIN person pa ON pa.id = p.practice_assessor_id"
            + " JOIN person aa ON aa.id = p.academic_assessor_id WHERE p.learner_id = ?"
            + " ORDER BY p.start_date DESC";
    private static final String SUPERVISORS = "SELECT ps.placement_id, x.id, x.name FROM placement_supervisor ps"
            + " JOIN person x ON x.id = ps.person_id JOIN placement p ON p.id = ps.placement_id"
            + " WHERE p.learner_id = ? ORDER BY x.name";

    public List<View> of(Connection connection, PersonId learner) throws SQLException {
        Map<UUID, List<Person>> supervisors = supervisors(connection, learner);
        var views = new ArrayList<View>();
        try (PreparedStatement select = connection.prepareStatement(PLACEMENTS)) {
            select.setObject(1, learner.value());
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    UUID id = r.getObject(1, UUID.class);
                    var people = new ArrayList<>(supervisors.getOrDefault(id, List.of()));
                    people.add(new Person(r.getObject(9, UUID.class), r.getString(10), "PRACTICE_ASSESSOR"));
                    people.add(new Person(r.getObject(11, UUID.class), r.getString(12), "ACADEMIC_ASSESSOR"));
                    views.add(new View(
                            id,
                            r.getString(2),
                            r.getString(3),
                            r.getString(4),
                            r.getString(5),
                            r.getObject(6, LocalDate.class),
                            r.getObject(7, LocalDate.class),
                            r.getString(8),
                            people));
                }
            }
        }
        return views;
    }

    private static Map<UUID, List<Person>> supervisors(Connection connection, PersonId learner) throws SQLException {
        var byPlacement = new LinkedHashMap<UUID, List<Person>>();
        try (PreparedStatement select = connection.prepareStatement(SUPERVISORS)) {
            select.setObject(1, learner.value());
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    byPlacement
                            .computeIfAbsent(r.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Person(r.getObject(2, UUID.class), r.getString(3), "PRACTICE_SUPERVISOR"));
                }
            }
        }
        return byPlacement;
    }
}
