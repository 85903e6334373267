package org.pare.supervisor.interview.persistence;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;
import org.pare.supervisor.events.InterviewKind;

@Singleton
public class Interviews {
    private final Sql sql;

    public Interviews(Sql sql) {
        this.sql = sql;
    }

    public record Interview(
            UUID id,
            UUID placementId,
            UUID learnerId,
            UUID assessorId,
            InterviewKind kind,
            LocalDate dueOn,
            String notes,
            String goals,
            Instant completedAt,
            Instant learnerConfirmedAt) {}

    public Optional<Interview> find(UUID placementId, InterviewKind kind) {
        return sql.one(
                "SELECT * FROM interview WHERE placement_id = ? AND kind = ?",
                Interviews::interview,
                placementId,
                kind.name());
    }

    public Optional<Interview> find(UUID id) {
        return sql.one("SELECT * FROM interview WHERE id = ?", Interviews::interview, id);
    }

    public Optional<Interview> forUpdate(UUID id) {
        return sql.one("SELECT * FROM interview WHERE id = ? FOR UPDATE", Interviews::interview, id);
    }

    public void schedule(Interview i) {
        sql.update(
                "INSERT INTO interview (id, placement_id, learner_id, practice_assessor_id, kind, due_on)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (placement_id, kind) DO UPDATE SET"
                        + " practice_assessor_id = excluded.practice_assessor_id, due_on = excluded.due_on,"
                        + " learner_id = excluded.learner_id",
                i.id(),
                i.placementId(),
                i.learnerId(),
                i.assessorId(),
                i.kind().name(),
                i.dueOn());
    }

    public void complete(UUID id, String notes, String goals, Instant at) {
        sql.update(
                "UPDATE interview SET notes = ?, goals = ?, completed_at = ? WHERE id = ?",
                notes,
                goals,
                Timestamp.from(at),
                id);
    }

    public void confirm(UUID id, Instant at) {
        sql.update("UPDATE interview SET learner_confirmed_at = ? WHERE id = ?", Timestamp.from(at), id);
    }

    /** Open interviews of an assessor, or of a learner, soonest due first. */
    public List<Interview> ofAssessor(UUID assessor) {
        return sql.list(
                "SELECT * FROM interview WHERE practice_assessor_id = ? AND completed_at IS NULL ORDER BY due_on LIMIT 200",
                Interviews::interview,
                assessor);
    }

    public List<Interview> ofLearner(UUID learner) {
        return sql.list(
                "SELECT * FROM interview WHERE learner_id = ? ORDER BY due_on LIMIT 200",
                Interviews::interview,
                learner);
    }

    /**
     * Claims overdue interviews not yet announced for their current due date; rows another instance holds are
     * skipped, so two instances never announce one interview twice.
     */
    public List<Interview> claimOverdue(LocalDate today, int limit) {
        return sql.list(
                "SELECT * FROM interview WHERE completed_at IS NULL AND due_on < ? AND practice_assessor_id IS NOT NULL"
                        + " AND overdue_for IS DISTINCT FROM due_on ORDER BY due_on LIMIT ? FOR UPDATE SKIP LOCKED",
                Interviews::interview,
                today,
                limit);
    }

    public void markOverdueAnnounced(Interview i) {
        sql.update("UPDATE interview SET overdue_for = due_on WHERE id = ?", i.id());
    }

    static Interview interview(ResultSet row) throws SQLException {
        Timestamp completed = row.getTimestamp("completed_at");
        Timestamp confirmed = row.getTimestamp("learner_confirmed_at");
        return new Interview(
                row.getObject("id", UUID.class),
                row.getObject("placement_id", UUID.class),
                row.getObject("learner_id", UUID.class),
                row.getObject("practice_assessor_id", UUID.class),
                InterviewKind.valueOf(row.getString("kind")),
                Sql.date(row, "due_on"),
                row.getString("notes"),
                row.getString("goals"),
                completed == null ? null : completed.toInstant(),
                confirmed == null ? null : confirmed.toInstant());
    }
}
