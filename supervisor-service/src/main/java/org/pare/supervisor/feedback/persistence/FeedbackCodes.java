package org.pare.supervisor.feedback.persistence;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;
import org.pare.supervisor.feedback.domain.FeedbackCode;

/** Issued codes (by hash) and the redeem attempts that limit guessing. */
@Singleton
public class FeedbackCodes {
    private final Sql sql;

    public FeedbackCodes(Sql sql) {
        this.sql = sql;
    }

    public record IssuedCode(UUID learnerId, Instant expiresAt, Instant usedAt) {}

    /** @return false when the code is already live (the caller draws another) */
    public boolean issue(FeedbackCode code, UUID learner, Instant at, Instant expires) {
        sql.update("DELETE FROM feedback_code WHERE code_hash = ? AND expires_at < ?", code.hash(), Timestamp.from(at));
        return 1
                == sql.update(
                        "INSERT INTO feedback_code (code_hash, learner_id, issued_at, expires_at) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT (code_hash) DO NOTHING",
                        code.hash(),
                        learner,
                        Timestamp.from(at),
                        Timestamp.from(expires));
    }

    public Optional<IssuedCode> forUpdate(FeedbackCode code) {
        return sql.one(
                "SELECT learner_id, expires_at, used_at FROM feedback_code WHERE code_hash = ? FOR UPDATE",
                row -> new IssuedCode(
                        row.getObject(1, UUID.class),
                        row.getTimestamp(2).toInstant(),
                        row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant()),
                code.hash());
    }

    public void use(FeedbackCode code, UUID supervisor, Instant at) {
        sql.update(
                "UPDATE feedback_code SET used_at = ?, used_by = ? WHERE code_hash = ?",
                Timestamp.from(at),
                supervisor,
                code.hash());
    }

    /** Counts this attempt and returns how many the supervisor made since {@code since}, this one included. */
    public long attempt(UUID supervisor, Instant at, Instant since) {
        sql.update(
                "INSERT INTO feedback_code_attempt (supervisor_id, at) VALUES (?, ?)", supervisor, Timestamp.from(at));
        sql.update(
                "DELETE FROM feedback_code_attempt WHERE supervisor_id = ? AND at < ?",
                supervisor,
                Timestamp.from(since));
        return sql.one(
                        "SELECT count(*) FROM feedback_code_attempt WHERE supervisor_id = ? AND at >= ?",
                        row -> row.getLong(1),
                        supervisor,
                        Timestamp.from(since))
                .orElse(0L);
    }
}
