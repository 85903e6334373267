package org.pare.supervisor.signoff.persistence;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;
import org.pare.supervisor.signoff.domain.SharedReflection;
import org.pare.supervisor.signoff.domain.SharedReflection.Signature;

/** The queue of reflections shared with supervisors, and the signatures on them. */
@Singleton
public class SharedReflections {
    private static final String SELECT = "SELECT q.*, s.signed_by, s.signed_at FROM queue_item q"
            + " LEFT JOIN sign_off s ON s.reflection_id = q.reflection_id";
    private final Sql sql;

    public SharedReflections(Sql sql) {
        this.sql = sql;
    }

    /**
     * One row per reflection and supervisor: a redelivered share changes nothing, a share after a return puts
     * the item back in the queue.
     */
    public void shared(
            UUID reflectionId, UUID learnerId, UUID placementId, UUID supervisorId, String purpose, Instant at) {
        sql.update(
                "INSERT INTO queue_item (reflection_id, supervisor_id, learner_id, placement_id, purpose, shared_at,"
                        + " status) VALUES (?, ?, ?, ?, ?, ?, CASE WHEN EXISTS (SELECT 1 FROM sign_off WHERE"
                        + " reflection_id = ?) THEN 'CLOSED' ELSE 'WAITING' END)"
                        + " ON CONFLICT (reflection_id, supervisor_id) DO UPDATE SET status = 'WAITING',"
                        + " purpose = excluded.purpose, shared_at = excluded.shared_at"
                        + " WHERE queue_item.status = 'RETURNED' AND excluded.status = 'WAITING'",
                reflectionId,
                supervisorId,
                learnerId,
                placementId,
                purpose,
                Timestamp.from(at),
                reflectionId);
    }

    /** Locks the item, so two requests of one supervisor decide one after the other. */
    public Optional<SharedReflection> forUpdate(UUID reflectionId, UUID supervisorId) {
        return sql.one(
                SELECT + " WHERE q.reflection_id = ? AND q.supervisor_id = ? FOR UPDATE OF q",
                SharedReflections::reflection,
                reflectionId,
                supervisorId);
    }

    public Optional<SharedReflection> find(UUID reflectionId, UUID supervisorId) {
        return sql.one(
                SELECT + " WHERE q.reflection_id = ? AND q.supervisor_id = ?",
                SharedReflections::reflection,
                reflectionId,
                supervisorId);
    }

    /** @return false when another supervisor's signature got there first */
    public boolean sign(SharedReflection reflection, Signature signature) {
        int inserted = sql.update(
                "INSERT INTO sign_off (reflection_id, learner_id, placement_id, signed_by, signed_at)"
                        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (reflection_id) DO NOTHING",
                reflection.reflectionId(),
                reflection.learnerId(),
                reflection.placementId(),
                signature.signedBy(),
                Timestamp.from(signature.signedAt()));
        if (inserted == 1) {
            sql.update(
                    "UPDATE queue_item SET status = CASE WHEN supervisor_id = ? THEN 'SIGNED_OFF' ELSE 'CLOSED' END"
                            + " WHERE reflection_id = ?",
                    signature.signedBy(),
                    reflection.reflectionId());
        }
        return inserted == 1;
    }

    public void markReturned(UUID reflectionId, UUID supervisorId) {
        sql.update(
                "UPDATE queue_item SET status = 'RETURNED' WHERE reflection_id = ? AND supervisor_id = ?",
                reflectionId,
                supervisorId);
    }

    /**
     * What waits for this supervisor, oldest first: only where they still supervise or assess the learner on
     * that placement (a later allocation may have removed them).
     */
    public List<SharedReflection> waitingFor(UUID supervisorId, int limit) {
        return sql.list(
                SELECT + " JOIN placement p ON p.id = q.placement_id AND p.learner_id = q.learner_id"
                        + " WHERE q.supervisor_id = ? AND q.status = 'WAITING' AND (p.practice_assessor_id = q.supervisor_id"
                        + " OR EXISTS (SELECT 1 FROM placement_supervisor s WHERE s.placement_id = p.id"
                        + " AND s.person_id = q.supervisor_id)) ORDER BY q.shared_at LIMIT ?",
                SharedReflections::reflection,
                supervisorId,
                limit);
    }

    static SharedReflection reflection(ResultSet row) throws SQLException {
        UUID signedBy = row.getObject("signed_by", UUID.class);
        Optional<Signature> signature = signedBy == null
                ? Optional.empty()
                : Optional.of(
                        new Signature(signedBy, row.getTimestamp("signed_at").toInstant()));
        return new SharedReflection(
                row.getObject("reflection_id", UUID.class),
                row.getObject("learner_id", UUID.class),
                row.getObject("placement_id", UUID.class),
                row.getObject("supervisor_id", UUID.class),
                SharedReflection.Purpose.valueOf(row.getString("purpose")),
                SharedReflection.Status.valueOf(row.getString("status")),
                row.getTimestamp("shared_at").toInstant(),
                signature);
    }
}
