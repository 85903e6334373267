package org.pare.supervisor.audit.persistence;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;

/** Who did what, when; written in the caller's transaction so an act and its entry commit together. */
@Singleton
public class AuditLog {
    private final Sql sql;

    public AuditLog(Sql sql) {
        this.sql = sql;
    }

    public enum Action {
        REFLECTION_SIGNED_OFF,
        REFLECTION_RETURNED,
        SIGN_OFF_COUNTERSIGNED,
        CONCERN_RAISED,
        CONCERN_REVIEWED,
        CONCERN_RESOLVED,
        /** A concern's details and reviews were opened by someone other than the learner. */
        CONCERN_READ
    }

    public record Entry(UUID actorId, String action, UUID objectId, Instant at) {}

    public void record(UUID trustId, UUID actor, Action action, UUID objectId, Instant at) {
        sql.update(
                "INSERT INTO audit_entry (trust_id, actor_id, action, object_id, at) VALUES (?, ?, ?, ?, ?)",
                trustId,
                actor,
                action.name(),
                objectId,
                Timestamp.from(at));
    }

    /** One page of the trust's entries, newest first. */
    public List<Entry> page(UUID trustId, int page, int size) {
        return sql.list(
                "SELECT actor_id, action, object_id, at FROM audit_entry WHERE trust_id = ?"
                        + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
                row -> new Entry(
                        row.getObject("actor_id", UUID.class),
                        row.getString("action"),
                        row.getObject("object_id", UUID.class),
                        row.getTimestamp("at").toInstant()),
                trustId,
                size,
                page * size);
    }
}
