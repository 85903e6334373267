package org.pare.learner.placement.persistence;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pare.learner.person.domain.PersonId;
import org.pare.learner.placement.domain.Place;
import org.pare.learner.placement.domain.Placement;
import org.pare.learner.placement.domain.PlacementId;
import org.pare.messaging.micronaut.Sql;

@Singleton
public class PlacementRepository {
    private static final String SELECT = "SELECT p.id, p.university_id, p.learner_id, p.start_date, p.profession,"
            + " p.end_date, p.practice_assessor_id, p.academic_assessor_id, t.id AS trust_id, t.name AS trust_name,"
            + " s.id AS site_id, s.name AS site_name, a.id AS area_id, a.name AS area_name"
            + " FROM placement p JOIN placement_area a ON a.id = p.area_id JOIN site s ON s.id = a.site_id"
            + " JOIN trust t ON t.id = s.trust_id";

    private final Sql sql;

    public PlacementRepository(Sql sql) {
        this.sql = sql;
    }

    /** Locks the placement, so that two uploads changing it apply one after the other. */
    public Optional<Placement> findForUpdate(PersonId learner, UUID areaId, LocalDate startDate) {
        return sql.one(
                SELECT + " WHERE p.learner_id = ? AND p.area_id = ? AND p.start_date = ? FOR UPDATE OF p",
                this::placement,
                learner.value(),
                areaId,
                startDate);
    }

    /** @return false when a concurrent upload allocated the same learner, area and start date first */
    public boolean insertIfAbsent(Placement placement) {
        Placement.Terms terms = placement.terms();
        int inserted = sql.update(
                "INSERT INTO placement (id, university_id, learner_id, area_id, profession, start_date, end_date,"
                        + " practice_assessor_id, academic_assessor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (learner_id, area_id, start_date) DO NOTHING",
                placement.id().value(),
                placement.universityId(),
                placement.learnerId().value(),
                placement.place().areaId(),
                terms.profession(),
                placement.startDate(),
                terms.endDate(),
                terms.practiceAssessorId().value(),
                terms.academicAssessorId().value());
        if (inserted == 1) {
            insertSupervisors(placement);
        }
        return inserted == 1;
    }

    public void updateTerms(Placement placement) {
        Placement.Terms terms = placement.terms();
        sql.update(
                "UPDATE placement SET profession = ?, end_date = ?, practice_assessor_id = ?,"
                        + " academic_assessor_id = ?, updated_at = now() WHERE id = ?",
                terms.profession(),
                terms.endDate(),
                terms.practiceAssessorId().value(),
                terms.academicAssessorId().value(),
                placement.id().value());
        sql.update(
                "DELETE FROM placement_supervisor WHERE placement_id = ?",
                placement.id().value());
        insertSupervisors(placement);
    }

    private void insertSupervisors(Placement placement) {
        for (PersonId supervisor : placement.terms().practiceSupervisorIds()) {
            sql.update(
                    "INSERT INTO placement_supervisor (placement_id, person_id) VALUES (?, ?)",
                    placement.id().value(),
                    supervisor.value());
        }
    }

    private Placement placement(ResultSet row) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        List<PersonId> supervisors = sql.list(
                "SELECT person_id FROM placement_supervisor WHERE placement_id = ?",
                r -> new PersonId(r.getObject("person_id", UUID.class)),
                id);
        Place place = new Place(
                row.getObject("trust_id", UUID.class), row.getString("trust_name"),
                row.getObject("site_id", UUID.class), row.getString("site_name"),
                row.getObject("area_id", UUID.class), row.getString("area_name"));
        Placement.Terms terms = new Placement.Terms(
                row.getString("profession"),
                Sql.date(row, "end_date"),
                supervisors,
                new PersonId(row.getObject("practice_assessor_id", UUID.class)),
                new PersonId(row.getObject("academic_assessor_id", UUID.class)));
        return new Placement(
                new PlacementId(id),
                row.getObject("university_id", UUID.class),
                new PersonId(row.getObject("learner_id", UUID.class)),
                place,
                Sql.date(row, "start_date"),
                terms);
    }
}
