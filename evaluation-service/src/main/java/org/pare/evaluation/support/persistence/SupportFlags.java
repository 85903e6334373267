package org.pare.evaluation.support.persistence;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pare.evaluation.support.domain.Reason;
import org.pare.evaluation.support.domain.SupportFlag;
import org.pare.messaging.micronaut.Sql;

/** Support flags, their reasons and the notes people leave on them. */
@Singleton
public class SupportFlags {
    private static final String SELECT = "SELECT f.id, f.learner_id, f.trust_id, f.academic_assessor_id, f.state,"
            + " f.assigned_to, f.contact, f.raised_at, ARRAY(SELECT DISTINCT r.reason FROM support_flag_reason r"
            + " WHERE r.flag_id = f.id ORDER BY r.reason) AS reasons FROM support_flag f";
    private final Sql sql;

    public SupportFlags(Sql sql) {
        this.sql = sql;
    }

    /** The learner's open flag, locked; at most one exists (a unique index keeps it so). */
    public Optional<SupportFlag> openOf(UUID learnerId) {
        return sql.one(
                SELECT + " WHERE f.learner_id = ? AND f.state <> 'CLOSED' FOR UPDATE", SupportFlags::flag, learnerId);
    }

    /** The same, without a lock, for reading. */
    public Optional<SupportFlag> openOfForReading(UUID learnerId) {
        return sql.one(SELECT + " WHERE f.learner_id = ? AND f.state <> 'CLOSED'", SupportFlags::flag, learnerId);
    }

    public Optional<SupportFlag> find(UUID id) {
        return sql.one(SELECT + " WHERE f.id = ? FOR UPDATE", SupportFlags::flag, id);
    }

    /** True when a flag of this learner already raised the reason at or after the moment its condition began. */
    public boolean raisedSince(UUID learnerId, Reason reason, Instant since) {
        return sql.one(
                        "SELECT EXISTS (SELECT 1 FROM support_flag_reason r JOIN support_flag f ON f.id = r.flag_id"
                                + " WHERE f.learner_id = ? AND r.reason = ? AND r.raised_at >= ?)",
                        row -> row.getBoolean(1),
                        learnerId,
                        reason.name(),
                        Timestamp.from(since))
                .orElse(false);
    }

    public void insert(SupportFlag f, Instant now) {
        sql.update(
                "INSERT INTO support_flag (id, learner_id, trust_id, academic_assessor_id, state, raised_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                f.id(),
                f.learnerId(),
                f.trustId(),
                f.academicAssessorId(),
                f.state().name(),
                Timestamp.from(f.raisedAt()),
                Timestamp.from(now));
    }

    public void addReason(UUID flagId, Reason reason, Instant now) {
        sql.update(
                "INSERT INTO support_flag_reason (flag_id, reason, raised_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                flagId,
                reason.name(),
                Timestamp.from(now));
    }

    public void update(SupportFlag f, String author, String action, String note, Instant now) {
        sql.update(
                "UPDATE support_flag SET state = ?, assigned_to = ?, contact = ?, updated_at = ? WHERE id = ?",
                f.state().name(),
                f.assignedTo(),
                f.contact(),
                Timestamp.from(now),
                f.id());
        sql.update(
                "INSERT INTO support_flag_note (id, flag_id, author, action, note, at) VALUES (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                f.id(),
                author,
                action,
                note,
                Timestamp.from(now));
    }

    public List<SupportFlag> openOfTrust(UUID trustId) {
        return sql.list(
                SELECT + " WHERE f.trust_id = ? AND f.state <> 'CLOSED' ORDER BY f.raised_at",
                SupportFlags::flag,
                trustId);
    }

    public List<SupportFlag> openOfAcademicAssessor(UUID assessorId) {
        return sql.list(
                SELECT + " WHERE f.academic_assessor_id = ? AND f.state <> 'CLOSED' ORDER BY f.raised_at",
                SupportFlags::flag,
                assessorId);
    }

    public record Note(String author, String action, String note, Instant at) {}

    public List<Note> notes(UUID flagId) {
        return sql.list(
                "SELECT author, action, note, at FROM support_flag_note WHERE flag_id = ? ORDER BY at",
                row -> new Note(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getTimestamp(4).toInstant()),
                flagId);
    }

    private static SupportFlag flag(ResultSet row) throws SQLException {
        String[] reasons = (String[]) row.getArray("reasons").getArray();
        return new SupportFlag(
                row.getObject("id", UUID.class),
                row.getObject("learner_id", UUID.class),
                row.getObject("trust_id", UUID.class),
                row.getObject("academic_assessor_id", UUID.class),
                SupportFlag.State.valueOf(row.getString("state")),
                Arrays.stream(reasons).map(Reason::valueOf).toList(),
                row.getString("assigned_to"),
                row.getString("contact"),
                row.getTimestamp("raised_at").toInstant());
    }
}
