package org.pare.supervisor.concern.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;
import org.pare.supervisor.audit.persistence.AuditLog;
import org.pare.supervisor.person.persistence.People;
import org.pare.supervisor.shared.domain.Refusal;

/**
 * Concerns as the people who follow them up see them: whoever raised one, and the placement's practice
 * assessor (the same people who may review and resolve it). Opening one is written to the audit log.
 */
@Singleton
public class ReadingConcerns {
    private static final String FOLLOWED_BY = " FROM concern c JOIN placement p ON p.id = c.placement_id"
            + " LEFT JOIN person n ON n.id = c.learner_id LEFT JOIN person r ON r.id = c.raised_by"
            + " WHERE (c.raised_by = ? OR p.practice_assessor_id = ?)";
    private static final String COLUMNS = "SELECT c.*, coalesce(n.name, 'A learner') AS learner_name,"
            + " coalesce(r.name, 'A supervisor') AS raiser_name, p.area_name";
    private final People people;
    private final Sql sql;
    private final AuditLog audit;
    private final Clock clock;

    ReadingConcerns(People people, Sql sql, AuditLog audit, Clock clock) {
        this.people = people;
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    public record Summary(
            UUID concernId,
            UUID learnerId,
            String learnerName,
            String areaName,
            String category,
            LocalDate reviewOn,
            Instant raisedAt,
            String raisedByName,
            boolean raisedByMe) {}

    public record Detail(
            Summary summary,
            String description,
            String actions,
            String supportOffered,
            String outcome,
            String outcomeNotes,
            Instant resolvedAt,
            List<Review> reviews) {
        Detail withReviews(List<Review> all) {
            return new Detail(summary, description, actions, supportOffered, outcome, outcomeNotes, resolvedAt, all);
        }
    }

    public record Review(
            String reviewedByName,
            String notes,
            String actions,
            String supportOffered,
            LocalDate nextReviewOn,
            Instant reviewedAt) {}

    /** Open concerns I follow up, the soonest review first. */
    @Transactional(readOnly = true)
    public List<Summary> openFor(String loginId) {
        UUID me = people.caller(loginId);
        return sql.list(
                COLUMNS + FOLLOWED_BY + " AND c.resolved_at IS NULL ORDER BY c.review_on, c.raised_at LIMIT 200",
                row -> summary(row, me),
                me,
                me);
    }

    @Transactional
    public Detail one(String loginId, UUID concernId) {
        UUID me = people.caller(loginId);
        Found found = sql.one(COLUMNS + FOLLOWED_BY + " AND c.id = ?", row -> found(row, me), me, me, concernId)
                .orElseThrow(() -> Refusal.notFound("concern"));
        audit.record(found.trustId(), me, AuditLog.Action.CONCERN_READ, concernId, clock.instant());
        return found.detail().withReviews(reviews(concernId));
    }

    private record Found(Detail detail, UUID trustId) {}

    private static Found found(java.sql.ResultSet row, UUID me) throws java.sql.SQLException {
        java.sql.Timestamp resolved = row.getTimestamp("resolved_at");
        Detail detail = new Detail(
                summary(row, me),
                row.getString("description"),
                row.getString("actions"),
                row.getString("support_offered"),
                row.getString("outcome"),
                row.getString("outcome_notes"),
                resolved == null ? null : resolved.toInstant(),
                List.of());
        return new Found(detail, row.getObject("trust_id", UUID.class));
    }

    private List<Review> reviews(UUID concernId) {
        return sql.list(
                "SELECT coalesce(b.name, 'A supervisor') AS by_name, v.notes, v.actions, v.support_offered,"
                        + " v.next_review_on, v.reviewed_at FROM concern_review v LEFT JOIN person b"
                        + " ON b.id = v.reviewed_by WHERE v.concern_id = ? ORDER BY v.reviewed_at",
                row -> new Review(
                        row.getString("by_name"),
                        row.getString("notes"),
                        row.getString("actions"),
                        row.getString("support_offered"),
                        Sql.date(row, "next_review_on"),
                        row.getTimestamp("reviewed_at").toInstant()),
                concernId);
    }

    private static Summary summary(java.sql.ResultSet row, UUID me) throws java.sql.SQLException {
        return new Summary(
                row.getObject("id", UUID.class),
                row.getObject("learner_id", UUID.class),
                row.getString("learner_name"),
                row.getString("area_name"),
                row.getString("category"),
                Sql.date(row, "review_on"),
                row.getTimestamp("raised_at").toInstant(),
                row.getString("raiser_name"),
                me.equals(row.getObject("raised_by", UUID.class)));
    }
}
