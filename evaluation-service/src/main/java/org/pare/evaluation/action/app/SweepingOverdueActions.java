package org.pare.evaluation.action.app;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import org.pare.evaluation.action.persistence.AreaActions;
import org.pare.evaluation.events.AreaActionOverdue;
import org.pare.evaluation.events.EvaluationTopics;
import org.pare.messaging.micronaut.Outbox;

/**
 * Announces each action that passed its due date, once per action and due date (a new due date may be announced
 * again). Rows are claimed with SKIP LOCKED, so two instances never announce one twice.
 */
@Singleton
public class SweepingOverdueActions {
    private final AreaActions actions;
    private final Outbox outbox;
    private final Clock clock;

    SweepingOverdueActions(AreaActions actions, Outbox outbox, Clock clock) {
        this.actions = actions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelay = "${pare.evaluation.actions.sweep-interval:1h}",
            initialDelay = "${pare.evaluation.actions.initial-delay:3m}")
    @Transactional
    public int sweep() {
        var due = actions.overdueToAnnounce(LocalDate.now(clock));
        for (var action : due) {
            outbox.publish(
                    EvaluationTopics.ACTION_PLAN,
                    AreaActionOverdue.TYPE,
                    action.id().toString(),
                    action.overdue());
            actions.announcedOverdue(action);
        }
        return due.size();
    }
}
