package org.pare.notification.reminder.persistence;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;
import org.pare.notification.reminder.domain.Reminder;
import org.pare.notification.reminder.domain.ReminderKind;

/** The reminder table: scheduled by events, cancelled by events, claimed by the sweep. */
@Singleton
public class ScheduledReminders {
    private final Sql sql;

    ScheduledReminders(Sql sql) {
        this.sql = sql;
    }

    /** Schedules it, or moves a still pending one to its new due time (an interview rescheduled). */
    public void schedule(Reminder reminder, Instant now) {
        sql.update(
                """
                INSERT INTO scheduled_reminder (id, kind, subject_id, learner_id, recipient_person, placement_id,
                                                about_on, due_at, state, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)
                ON CONFLICT (id) DO UPDATE SET due_at = EXCLUDED.due_at, about_on = EXCLUDED.about_on,
                    recipient_person = EXCLUDED.recipient_person
                WHERE scheduled_reminder.state = 'PENDING'""",
                reminder.id(),
                reminder.kind().name(),
                reminder.subjectId(),
                reminder.learnerId(),
                reminder.recipientPerson(),
                reminder.placementId(),
                reminder.aboutOn(),
                reminder.dueAt(),
                now);
    }

    /** Stops every pending reminder of these kinds about the subject. */
    public int cancel(UUID subjectId, List<ReminderKind> kinds, Instant now) {
        return sql.update(
                """
                UPDATE scheduled_reminder SET state = 'CANCELLED', done_at = ?
                WHERE subject_id = ? AND state = 'PENDING' AND kind = ANY(?)""",
                now,
                subjectId,
                kinds.stream().map(Enum::name).toArray(String[]::new));
    }

    /**
     * Takes up to {@code limit} due reminders and marks them done, in the caller's transaction: a second sweeper
     * skips the locked rows, and if the caller's work fails the rows are pending again.
     */
    public List<Reminder> takeDue(Instant now, int limit) {
        return sql.list(
                """
                UPDATE scheduled_reminder r SET state = 'DONE', done_at = ?
                FROM (SELECT id FROM scheduled_reminder WHERE state = 'PENDING' AND due_at <= ?
                      ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED) due
                WHERE r.id = due.id
                RETURNING r.id, r.kind, r.subject_id, r.learner_id, r.recipient_person, r.placement_id, r.about_on, r.due_at""",
                row -> new Reminder(
                        row.getObject(1, UUID.class),
                        ReminderKind.valueOf(row.getString(2)),
                        row.getObject(3, UUID.class),
                        row.getObject(4, UUID.class),
                        row.getObject(5, UUID.class),
                        row.getObject(6, UUID.class),
                        row.getObject(7, LocalDate.class),
                        row.getObject(8, OffsetDateTime.class).toInstant()),
                now,
                now,
                limit);
    }
}
