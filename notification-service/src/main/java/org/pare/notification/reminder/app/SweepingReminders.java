package org.pare.notification.reminder.app;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.pare.notification.directory.persistence.Placements;
import org.pare.notification.inbox.app.Notifying;
import org.pare.notification.inbox.domain.Notices;
import org.pare.notification.inbox.domain.Recipient;
import org.pare.notification.reminder.domain.Reminder;
import org.pare.notification.reminder.persistence.ScheduledReminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the reminders that fell due. Each batch is taken and told in one transaction, with SKIP LOCKED: any number
 * of instances may sweep at once and each reminder is sent by one of them, once.
 */
@Singleton
public class SweepingReminders {
    private static final Logger LOG = LoggerFactory.getLogger(SweepingReminders.class);
    static final int BATCH = 200;
    private final ScheduledReminders reminders;
    private final Placements placements;
    private final Notifying notifying;
    private final Notices notices;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    SweepingReminders(
            ScheduledReminders reminders,
            Placements placements,
            Notifying notifying,
            Notices notices,
            TransactionOperations<Connection> transactions,
            Clock clock) {
        this.reminders = reminders;
        this.placements = placements;
        this.notifying = notifying;
        this.notices = notices;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelay = "${pare.notification.reminders.sweep-interval:1m}",
            initialDelay = "${pare.notification.reminders.sweep-initial-delay:10s}")
    void onSchedule() {
        try {
            sweep(clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("reminder sweep failed, will try again: {}", e.toString());
        }
    }

    /** @return how many reminders this sweeper sent */
    public int sweep(Instant now) {
        int total = 0;
        int batch;
        do {
            batch = transactions.executeWrite(status -> sendDue(now));
            total += batch;
        } while (batch == BATCH);
        return total;
    }

    private int sendDue(Instant now) {
        List<Reminder> due = reminders.takeDue(now, BATCH);
        due.forEach(reminder -> send(reminder, now));
        return due.size();
    }

    private void send(Reminder r, Instant now) {
        switch (r.kind()) {
            case SIGN_OFF_REMINDER ->
                notifying.tell(
                        r.id(), new Recipient.Person(r.recipientPerson()), notices.signOffReminder(r.subjectId()), now);
            case SIGN_OFF_ESCALATION ->
                placements
                        .find(r.placementId())
                        .filter(p -> p.practiceAssessorId() != null)
                        .ifPresentOrElse(
                                p -> notifying.tell(
                                        r.id(),
                                        new Recipient.Person(p.practiceAssessorId()),
                                        notices.signOffEscalation(),
                                        now),
                                () -> LOG.warn(
                                        "no assessor known for placement {}: escalation {} dropped",
                                        r.placementId(),
                                        r.id()));
            case EVALUATION_REMINDER ->
                notifying.tell(
                        r.id(), new Recipient.Person(r.learnerId()), notices.evaluationReminder(r.subjectId()), now);
            case INTERVIEW_DUE ->
                notifying.tell(
                        r.id(), new Recipient.Person(r.recipientPerson()), notices.interviewDue(r.aboutOn()), now);
        }
    }
}
