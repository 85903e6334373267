package org.pare.supervisor.feedback.persistence;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;

/** Feedback given, with its text. */
@Singleton
public class FeedbackRecords {
    private final Sql sql;

    public FeedbackRecords(Sql sql) {
        this.sql = sql;
    }

    public record Feedback(
            UUID id,
            UUID learnerId,
            UUID supervisorId,
            UUID placementId,
            List<String> tags,
            String wentWell,
            String toDevelop,
            UUID reflectionId,
            Instant givenAt) {}

    /** @return false when this supervisor already gave feedback with this idempotency key */
    public boolean add(Feedback f, String idempotencyKey) {
        return 1
                == sql.update(
                        "INSERT INTO feedback (id, learner_id, supervisor_id, placement_id, tags, went_well, to_develop,"
                                + " reflection_id, given_at, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                + " ON CONFLICT (supervisor_id, idempotency_key) DO NOTHING",
                        f.id(),
                        f.learnerId(),
                        f.supervisorId(),
                        f.placementId(),
                        String.join(",", f.tags()),
                        f.wentWell(),
                        f.toDevelop(),
                        f.reflectionId(),
                        Timestamp.from(f.givenAt()),
                        idempotencyKey);
    }

    public Optional<Feedback> byKey(UUID supervisor, String idempotencyKey) {
        return sql.one(
                "SELECT * FROM feedback WHERE supervisor_id = ? AND idempotency_key = ?",
                FeedbackRecords::feedback,
                supervisor,
                idempotencyKey);
    }

    public List<Feedback> forLearner(UUID learner) {
        return sql.list(
                "SELECT * FROM feedback WHERE learner_id = ? ORDER BY given_at DESC LIMIT 200",
                FeedbackRecords::feedback,
                learner);
    }

    private static Feedback feedback(ResultSet row) throws SQLException {
        return new Feedback(
                row.getObject("id", UUID.class),
                row.getObject("learner_id", UUID.class),
                row.getObject("supervisor_id", UUID.class),
                row.getObject("placement_id", UUID.class),
                Arrays.asList(row.getString("tags").split(",")),
                row.getString("went_well"),
                row.getString("to_develop"),
                row.getObject("reflection_id", UUID.class),
                row.getTimestamp("given_at").toInstant());
    }
}
