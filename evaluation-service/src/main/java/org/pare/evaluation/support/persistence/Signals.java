package org.pare.evaluation.support.persistence;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pare.evaluation.support.domain.SupportRules;
import org.pare.evaluation.support.domain.Thresholds;
import org.pare.messaging.micronaut.Sql;

/** What other services told us about a learner, kept for the support rules, and each trust's thresholds. */
@Singleton
public class Signals {
    private final Sql sql;

    public Signals(Sql sql) {
        this.sql = sql;
    }

    public void checkin(UUID learnerId, SupportRules.Checkin c) {
        sql.update(
                "INSERT INTO pulse_checkin (learner_id, day, no_answers, contact_requested) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (learner_id, day) DO NOTHING",
                learnerId,
                c.day(),
                c.noAnswers(),
                c.contactRequested());
    }

    public List<SupportRules.Checkin> checkinsNewestFirst(UUID learnerId, int limit) {
        return sql.list(
                "SELECT day, no_answers, contact_requested FROM pulse_checkin WHERE learner_id = ?"
                        + " ORDER BY day DESC LIMIT ?",
                row -> new SupportRules.Checkin(row.getObject(1, LocalDate.class), row.getInt(2), row.getBoolean(3)),
                learnerId,
                limit);
    }

    public void activity(UUID learnerId, LocalDate on) {
        sql.update(
                "INSERT INTO learner_activity (learner_id, last_activity_on) VALUES (?, ?) ON CONFLICT (learner_id)"
                        + " DO UPDATE SET last_activity_on = GREATEST(learner_activity.last_activity_on, EXCLUDED.last_activity_on)",
                learnerId,
                on);
    }

    public void signOffRequested(UUID reflectionId, UUID learnerId, Instant at) {
        sql.update(
                "INSERT INTO sign_off_request (reflection_id, learner_id, requested_at) VALUES (?, ?, ?)"
                        + " ON CONFLICT (reflection_id) DO NOTHING",
                reflectionId,
                learnerId,
                Timestamp.from(at));
    }

    public void signOffSettled(UUID reflectionId) {
        sql.update("UPDATE sign_off_request SET settled = true WHERE reflection_id = ?", reflectionId);
    }

    public void finalInterviewHeld(UUID placementId, LocalDate on) {
        sql.update("UPDATE placement SET final_interview_on = ? WHERE id = ?", on, placementId);
    }

    /** Trust and academic assessor of the learner's current placement (or latest, when none is current). */
    public record Placement(UUID trustId, UUID academicAssessorId) {}

    public Optional<Placement> placementOf(UUID learnerId, LocalDate today) {
        return sql.one(
                "SELECT trust_id, academic_assessor_id FROM placement WHERE learner_id = ?"
                        + " ORDER BY (start_date <= ? AND end_date >= ?) DESC, end_date DESC LIMIT 1",
                row -> new Placement(row.getObject(1, UUID.class), row.getObject(2, UUID.class)),
                learnerId,
                today,
                today);
    }

    public Thresholds thresholdsOf(UUID trustId) {
        return sql.one(
                        "SELECT pulse_no_answers, pulse_low_checkins, pulse_window, inactivity_days, sign_off_pending_days,"
                                + " environment_bottom_percent FROM support_threshold WHERE trust_id = ?",
                        row -> new Thresholds(
                                row.getInt(1),
                                row.getInt(2),
                                row.getInt(3),
                                row.getInt(4),
                                row.getInt(5),
                                row.getInt(6)),
                        trustId)
                .orElse(Thresholds.DEFAULTS);
    }

    public void saveThresholds(UUID trustId, Thresholds t) {
        sql.update(
                "INSERT INTO support_threshold (trust_id, pulse_no_answers, pulse_low_checkins, pulse_window,"
                        + " inactivity_days, sign_off_pending_days, environment_bottom_percent)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (trust_id)"
                        + " DO UPDATE SET pulse_no_answers = EXCLUDED.pulse_no_answers,"
                        + " pulse_low_checkins = EXCLUDED.pulse_low_checkins, pulse_window = EXCLUDED.pulse_window,"
                        + " inactivity_days = EXCLUDED.inactivity_days,"
                        + " sign_off_pending_days = EXCLUDED.sign_off_pending_days,"
                        + " environment_bottom_percent = EXCLUDED.environment_bottom_percent",
                trustId,
                t.pulseNoAnswers(),
                t.pulseLowCheckins(),
                t.pulseWindow(),
                t.inactivityDays(),
                t.signOffPendingDays(),
                t.environmentBottomPercent());
    }

    /** A learner on a current placement, with the day of their last activity (or the placement's start). */
    public record Active(UUID learnerId, UUID trustId, LocalDate lastActivity) {}

    public List<Active> activeLearners(LocalDate today) {
        return sql.list(
                "SELECT p.learner_id, p.trust_id, GREATEST(p.start_date, coalesce(a.last_activity_on, p.start_date))"
                        + " FROM placement p LEFT JOIN learner_activity a ON a.learner_id = p.learner_id"
                        + " WHERE NOT p.completed AND p.start_date <= ? AND p.end_date >= ?",
                row -> new Active(
                        row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getObject(3, LocalDate.class)),
                today,
                today);
    }

    public record Pending(UUID learnerId, Instant since) {}

    /** Per learner, the oldest sign-off request still waiting. */
    public List<Pending> pendingSignOffs() {
        return sql.list(
                "SELECT learner_id, min(requested_at) FROM sign_off_request WHERE NOT settled GROUP BY learner_id",
                row -> new Pending(
                        row.getObject(1, UUID.class), row.getTimestamp(2).toInstant()));
    }

    /** Only one instance sweeps at a time; the lock ends with the transaction. */
    public boolean claimSweep() {
        return sql.one("SELECT pg_try_advisory_xact_lock(4242001)", row -> row.getBoolean(1))
                .orElse(false);
    }
}
