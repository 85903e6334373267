package org.pare.notification.directory.persistence;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;

/** Who supervises and assesses each learner, per placement, as allocated in learner-service. */
@Singleton
public class Placements {
    private final Sql sql;

    Placements(Sql sql) {
        this.sql = sql;
    }

    public void save(Placement placement) {
        sql.update(
                """
                INSERT INTO placement (placement_id, learner_id, trust_id, practice_supervisor_ids,
                                       practice_assessor_id, academic_assessor_id, end_date)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (placement_id) DO UPDATE
                SET learner_id = EXCLUDED.learner_id, trust_id = EXCLUDED.trust_id,
                    practice_supervisor_ids = EXCLUDED.practice_supervisor_ids,
                    practice_assessor_id = EXCLUDED.practice_assessor_id,
                    academic_assessor_id = EXCLUDED.academic_assessor_id, end_date = EXCLUDED.end_date""",
                placement.placementId(),
                placement.learnerId(),
                placement.trustId(),
                placement.practiceSupervisorIds().toArray(UUID[]::new),
                placement.practiceAssessorId(),
                placement.academicAssessorId(),
                placement.endDate());
    }

    public Optional<Placement> find(UUID placementId) {
        return sql.one(
                """
                SELECT placement_id, learner_id, trust_id, practice_supervisor_ids, practice_assessor_id,
                       academic_assessor_id, end_date
                FROM placement WHERE placement_id = ?""",
                row -> new Placement(
                        row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class),
                        row.getObject(3, UUID.class),
                        List.of((UUID[]) row.getArray(4).getArray()),
                        row.getObject(5, UUID.class),
                        row.getObject(6, UUID.class),
                        row.getObject(7, LocalDate.class)),
                placementId);
    }

    public record Placement(
            UUID placementId,
            UUID learnerId,
            UUID trustId,
            List<UUID> practiceSupervisorIds,
            UUID practiceAssessorId,
            UUID academicAssessorId,
            LocalDate endDate) {}
}
