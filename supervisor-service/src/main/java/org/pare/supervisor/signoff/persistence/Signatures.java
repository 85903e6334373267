package org.pare.supervisor.signoff.persistence;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;

/** A reflection's signature and its countersignature. */
@Singleton
public class Signatures {
    private final Sql sql;

    public Signatures(Sql sql) {
        this.sql = sql;
    }

    public record Signed(
            UUID reflectionId,
            UUID learnerId,
            UUID placementId,
            UUID signedBy,
            Instant signedAt,
            UUID countersignedBy,
            Instant countersignedAt) {}

    public Optional<Signed> forUpdate(UUID reflectionId) {
        return sql.one(
                "SELECT * FROM sign_off WHERE reflection_id = ? FOR UPDATE",
                row -> new Signed(
                        row.getObject("reflection_id", UUID.class),
                        row.getObject("learner_id", UUID.class),
                        row.getObject("placement_id", UUID.class),
                        row.getObject("signed_by", UUID.class),
                        row.getTimestamp("signed_at").toInstant(),
                        row.getObject("countersigned_by", UUID.class),
                        row.getTimestamp("countersigned_at") == null
                                ? null
                                : row.getTimestamp("countersigned_at").toInstant()),
                reflectionId);
    }

    /** A sign-off by someone else on a placement the assessor assesses, not yet countersigned. */
    public record Awaiting(
            UUID reflectionId,
            UUID learnerId,
            String learnerName,
            String areaName,
            String profession,
            String signedByName,
            Instant signedAt) {}

    /** Sign-offs without a countersignature on the assessor's placements, oldest first. */
    public List<Awaiting> uncountersignedFor(UUID assessor, int limit) {
        return sql.list(
                "SELECT s.reflection_id, s.learner_id, coalesce(l.name, 'A learner') AS learner_name, p.area_name,"
                        + " p.profession, coalesce(b.name, 'A supervisor') AS signer_name, s.signed_at FROM sign_off s"
                        + " JOIN placement p ON p.id = s.placement_id AND p.learner_id = s.learner_id"
                        + " LEFT JOIN person l ON l.id = s.learner_id LEFT JOIN person b ON b.id = s.signed_by"
                        + " WHERE p.practice_assessor_id = ? AND s.signed_by <> ? AND s.countersigned_by IS NULL"
                        + " ORDER BY s.signed_at LIMIT ?",
                row -> new Awaiting(
                        row.getObject("reflection_id", UUID.class),
                        row.getObject("learner_id", UUID.class),
                        row.getString("learner_name"),
                        row.getString("area_name"),
                        row.getString("profession"),
                        row.getString("signer_name"),
                        row.getTimestamp("signed_at").toInstant()),
                assessor,
                assessor,
                limit);
    }

    public void countersign(UUID reflectionId, UUID by, Instant at) {
        sql.update(
                "UPDATE sign_off SET countersigned_by = ?, countersigned_at = ? WHERE reflection_id = ?",
                by,
                Timestamp.from(at),
                reflectionId);
    }
}
