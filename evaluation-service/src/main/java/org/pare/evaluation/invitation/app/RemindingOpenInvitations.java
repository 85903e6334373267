package org.pare.evaluation.invitation.app;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pare.evaluation.events.EvaluationOverdue;
import org.pare.evaluation.events.EvaluationTopics;
import org.pare.messaging.micronaut.Outbox;
import org.pare.messaging.micronaut.Sql;

/**
 * Announces invitations still open 3 and 7 days after they were sent (notification-service reminds the learner),
 * once per invitation and step: the step sent is kept on the invitation, claimed rows are skipped by others.
 */
@Singleton
public class RemindingOpenInvitations {
    static final List<Integer> STEPS = List.of(3, 7);
    private final Sql sql;
    private final Outbox outbox;
    private final Clock clock;

    RemindingOpenInvitations(Sql sql, Outbox outbox, Clock clock) {
        this.sql = sql;
        this.outbox = outbox;
        this.clock = clock;
    }

    record Open(UUID id, UUID learnerId, UUID placementId, LocalDate dueOn) {}

    @Scheduled(
            fixedDelay = "${pare.evaluation.reminders.interval:1h}",
            initialDelay = "${pare.evaluation.reminders.initial-delay:4m}")
    @Transactional
    public int remind() {
        int sent = 0;
        for (int step : STEPS) {
            var open = sql.list(
                    "SELECT id, learner_id, placement_id, due_on FROM invitation WHERE state = 'OPEN'"
                            + " AND reminded_days < ? AND invited_at <= ? FOR UPDATE SKIP LOCKED",
                    row -> new Open(
                            row.getObject(1, UUID.class),
                            row.getObject(2, UUID.class),
                            row.getObject(3, UUID.class),
                            row.getObject(4, LocalDate.class)),
                    step,
                    Timestamp.from(clock.instant().minus(Duration.ofDays(step))));
            for (var o : open) {
                outbox.publish(
                        EvaluationTopics.EVALUATION,
                        EvaluationOverdue.TYPE,
                        o.id().toString(),
                        new EvaluationOverdue(o.id(), o.learnerId(), o.placementId(), step, o.dueOn()));
                sql.update("UPDATE invitation SET reminded_days = ? WHERE id = ?", step, o.id());
                sent++;
            }
        }
        return sent;
    }
}
