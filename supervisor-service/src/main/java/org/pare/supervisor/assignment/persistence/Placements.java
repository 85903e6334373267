package org.pare.supervisor.assignment.persistence;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;
import org.pare.supervisor.assignment.domain.Assignment;
import org.pare.supervisor.assignment.domain.Conflict;

/** The assignment read model: placements with the roles granted on them. */
@Singleton
public class Placements {
    private final Sql sql;

    public Placements(Sql sql) {
        this.sql = sql;
    }

    /** A placement as this service knows it, with only the roles granted. */
    public record Placement(
            UUID id,
            UUID learnerId,
            UUID universityId,
            UUID trustId,
            String areaName,
            String profession,
            java.time.LocalDate startDate,
            java.time.LocalDate endDate,
            UUID practiceAssessorId,
            UUID academicAssessorId) {}

    public void save(Assignment assignment) {
        var a = assignment.allocation();
        UUID assessor = assignment.assessor().orElse(null);
        sql.update(
                "INSERT INTO placement (id, learner_id, university_id, trust_id, area_name, profession, start_date,"
                        + " end_date, practice_assessor_id, academic_assessor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET learner_id = excluded.learner_id,"
                        + " university_id = excluded.university_id, trust_id = excluded.trust_id,"
                        + " area_name = excluded.area_name, profession = excluded.profession,"
                        + " start_date = excluded.start_date, end_date = excluded.end_date,"
                        + " practice_assessor_id = excluded.practice_assessor_id,"
                        + " academic_assessor_id = excluded.academic_assessor_id",
                a.placementId(),
                a.learnerId(),
                a.universityId(),
                a.trustId(),
                a.areaName(),
                a.profession(),
                a.startDate(),
                a.endDate(),
                assessor,
                a.academicAssessorId());
        sql.update("DELETE FROM placement_supervisor WHERE placement_id = ?", a.placementId());
        for (UUID supervisor : assignment.supervisors()) {
            sql.update(
                    "INSERT INTO placement_supervisor (placement_id, person_id) VALUES (?, ?)",
                    a.placementId(),
                    supervisor);
        }
    }

    /** @return true when this breach was not recorded before (a redelivered or repeated allocation adds nothing) */
    public boolean recordConflict(Assignment assignment, Conflict conflict, java.time.Instant at) {
        var a = assignment.allocation();
        return 1
                == sql.update(
                        "INSERT INTO assignment_conflict (id, placement_id, trust_id, learner_id, person_id, rule,"
                                + " role_refused, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                + " ON CONFLICT (placement_id, person_id, rule) DO NOTHING",
                        UUID.randomUUID(),
                        a.placementId(),
                        a.trustId(),
                        a.learnerId(),
                        conflict.person(),
                        conflict.rule().name(),
                        conflict.refused().name(),
                        java.sql.Timestamp.from(at));
    }

    public Optional<Placement> find(UUID placementId) {
        return sql.one("SELECT * FROM placement WHERE id = ?", Placements::placement, placementId);
    }

    /** The placement on which {@code person} supervises or assesses {@code learner}, if any (latest first). */
    public Optional<Placement> supervisedBy(UUID person, UUID learner) {
        return sql.one(
                "SELECT p.* FROM placement p WHERE p.learner_id = ? AND (p.practice_assessor_id = ? OR EXISTS"
                        + " (SELECT 1 FROM placement_supervisor s WHERE s.placement_id = p.id AND s.person_id = ?))"
                        + " ORDER BY p.end_date DESC LIMIT 1",
                Placements::placement,
                learner,
                person,
                person);
    }

    /** Whether {@code person} is a practice supervisor (granted) on the placement. */
    public boolean supervises(UUID placementId, UUID person) {
        return sql.one(
                        "SELECT 1 FROM placement_supervisor WHERE placement_id = ? AND person_id = ?",
                        row -> 1,
                        placementId,
                        person)
                .isPresent();
    }

    static Placement placement(ResultSet row) throws SQLException {
        return new Placement(
                row.getObject("id", UUID.class),
                row.getObject("learner_id", UUID.class),
                row.getObject("university_id", UUID.class),
                row.getObject("trust_id", UUID.class),
                row.getString("area_name"),
                row.getString("profession"),
                Sql.date(row, "start_date"),
                Sql.date(row, "end_date"),
                row.getObject("practice_assessor_id", UUID.class),
                row.getObject("academic_assessor_id", UUID.class));
    }

    public List<Placement> all() {
        return sql.list("SELECT * FROM placement", Placements::placement);
    }
}
