package org.pare.supervisor.assignment.app;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;
import org.pare.supervisor.person.persistence.People;

/** Read side of the assignments: whom a supervisor supervises, and a trust's SSSA breaches. */
@Singleton
public class ReadingAssignments {
    private final People people;
    private final Sql sql;

    public ReadingAssignments(People people, Sql sql) {
        this.people = people;
        this.sql = sql;
    }

    @Serdeable
    public record MyLearner(
            UUID learnerId,
            String name,
            UUID placementId,
            String areaName,
            LocalDate startDate,
            LocalDate endDate,
            String role) {}

    @Serdeable
    public record ConflictView(
            UUID placementId, UUID learnerId, UUID personId, String rule, String roleRefused, Instant foundAt) {}

    /** Learners on placements that have not ended more than 30 days ago, soonest ending first. */
    @Transactional(readOnly = true)
    public List<MyLearner> learnersOf(String loginId) {
        UUID me = people.caller(loginId);
        return sql.list(
                "SELECT p.learner_id, coalesce(n.name, 'A learner') AS name, p.id, p.area_name, p.start_date,"
                        + " p.end_date, CASE WHEN p.practice_assessor_id = ? THEN 'PRACTICE_ASSESSOR'"
                        + " ELSE 'PRACTICE_SUPERVISOR' END AS role FROM placement p"
                        + " LEFT JOIN person n ON n.id = p.learner_id"
                        + " WHERE (p.practice_assessor_id = ? OR EXISTS (SELECT 1 FROM placement_supervisor s"
                        + " WHERE s.placement_id = p.id AND s.person_id = ?))"
                        + " AND p.end_date >= current_date - 30 ORDER BY p.end_date, name",
                row -> new MyLearner(
                        row.getObject(1, UUID.class),
                        row.getString(2),
                        row.getObject(3, UUID.class),
                        row.getString(4),
                        Sql.date(row, "start_date"),
                        Sql.date(row, "end_date"),
                        row.getString("role")),
                me,
                me,
                me);
    }

    @Transactional(readOnly = true)
    public List<ConflictView> conflictsIn(UUID trustId) {
        return sql.list(
                "SELECT placement_id, learner_id, person_id, rule, role_refused, found_at FROM assignment_conflict"
                        + " WHERE trust_id = ? ORDER BY found_at DESC LIMIT 500",
                row -> new ConflictView(
                        row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class),
                        row.getObject(3, UUID.class),
                        row.getString(4),
                        row.getString(5),
                        row.getTimestamp(6).toInstant()),
                trustId);
    }
}
