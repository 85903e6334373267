package org.pare.supervisor.signoff.persistence;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
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

    public void countersign(UUID reflectionId, UUID by, Instant at) {
        sql.update(
                "UPDATE sign_off SET countersigned_by = ?, countersigned_at = ? WHERE reflection_id = ?",
                by,
                Timestamp.from(at),
                reflectionId);
    }
}
