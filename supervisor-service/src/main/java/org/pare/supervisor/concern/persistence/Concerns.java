package org.pare.supervisor.concern.persistence;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;
import org.pare.supervisor.events.ConcernCategory;

/** Concerns and their action plans. */
@Singleton
public class Concerns {
    private final Sql sql;

    public Concerns(Sql sql) {
        this.sql = sql;
    }

    public record Concern(
            UUID id,
            UUID learnerId,
            UUID placementId,
            UUID trustId,
            UUID raisedBy,
            ConcernCategory category,
            String description,
            String actions,
            String supportOffered,
            LocalDate reviewOn,
            String outcome,
            Instant raisedAt) {}

    public void add(Concern c) {
        sql.update(
                "INSERT INTO concern (id, learner_id, placement_id, trust_id, raised_by, category, description, actions,"
                        + " support_offered, review_on, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                c.id(),
                c.learnerId(),
                c.placementId(),
                c.trustId(),
                c.raisedBy(),
                c.category().name(),
                c.description(),
                c.actions(),
                c.supportOffered(),
                c.reviewOn(),
                Timestamp.from(c.raisedAt()));
    }

    public Optional<Concern> forUpdate(UUID id) {
        return sql.one("SELECT * FROM concern WHERE id = ? FOR UPDATE", Concerns::concern, id);
    }

    /** A review's notes and any change to the plan; a null field leaves that part of the plan as it was. */
    public record Review(String notes, String actions, String supportOffered, LocalDate nextReviewOn) {}

    public void review(UUID concern, UUID by, Review r, Instant at) {
        sql.update(
                "INSERT INTO concern_review (id, concern_id, reviewed_by, notes, actions, support_offered,"
                        + " next_review_on, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(),
                concern,
                by,
                r.notes(),
                r.actions(),
                r.supportOffered(),
                r.nextReviewOn(),
                Timestamp.from(at));
        sql.update(
                "UPDATE concern SET review_on = coalesce(?, review_on), actions = coalesce(?, actions),"
                        + " support_offered = coalesce(?, support_offered) WHERE id = ?",
                r.nextReviewOn(),
                r.actions(),
                r.supportOffered(),
                concern);
    }

    public void resolve(UUID concern, String outcome, String notes, Instant at) {
        sql.update(
                "UPDATE concern SET outcome = ?, outcome_notes = ?, resolved_at = ? WHERE id = ?",
                outcome,
                notes,
                Timestamp.from(at),
                concern);
    }

    static Concern concern(ResultSet row) throws SQLException {
        return new Concern(
                row.getObject("id", UUID.class),
                row.getObject("learner_id", UUID.class),
                row.getObject("placement_id", UUID.class),
                row.getObject("trust_id", UUID.class),
                row.getObject("raised_by", UUID.class),
                ConcernCategory.valueOf(row.getString("category")),
                row.getString("description"),
                row.getString("actions"),
                row.getString("support_offered"),
                Sql.date(row, "review_on"),
                row.getString("outcome"),
                row.getTimestamp("raised_at").toInstant());
    }
}
