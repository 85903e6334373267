package org.pare.supervisor.signoff.persistence;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;

/** The comments reflections were returned with: free text that never travels in events. */
@Singleton
public class ReturnComments {
    private final Sql sql;

    public ReturnComments(Sql sql) {
        this.sql = sql;
    }

    public record ReturnComment(
            UUID id, UUID reflectionId, UUID learnerId, UUID supervisorId, String comment, Instant returnedAt) {}

    public void add(ReturnComment c) {
        sql.update(
                "INSERT INTO return_comment (id, reflection_id, learner_id, supervisor_id, comment, returned_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                c.id(),
                c.reflectionId(),
                c.learnerId(),
                c.supervisorId(),
                c.comment(),
                Timestamp.from(c.returnedAt()));
    }

    public Optional<ReturnComment> find(UUID id) {
        return sql.one("SELECT * FROM return_comment WHERE id = ?", ReturnComments::comment, id);
    }

    /** The latest comment this supervisor returned the reflection with. */
    public Optional<ReturnComment> latest(UUID reflectionId, UUID supervisorId) {
        return sql.one(
                "SELECT * FROM return_comment WHERE reflection_id = ? AND supervisor_id = ?"
                        + " ORDER BY returned_at DESC LIMIT 1",
                ReturnComments::comment,
                reflectionId,
                supervisorId);
    }

    private static ReturnComment comment(java.sql.ResultSet row) throws java.sql.SQLException {
        return new ReturnComment(
                row.getObject("id", UUID.class),
                row.getObject("reflection_id", UUID.class),
                row.getObject("learner_id", UUID.class),
                row.getObject("supervisor_id", UUID.class),
                row.getString("comment"),
                row.getTimestamp("returned_at").toInstant());
    }
}
