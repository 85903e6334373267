package org.pare.notification.activity.app;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pare.notification.reminder.app.ReminderSettings;
import org.pare.notification.reminder.domain.Reminder;
import org.pare.notification.reminder.domain.ReminderKind;
import org.pare.notification.reminder.persistence.ScheduledReminders;

/**
 * Starts and stops the reminder clocks as events arrive. Evaluation reminders come from this clock only: the
 * evaluation-service's EvaluationOverdue events are not used, so a learner never gets two of each.
 */
@Singleton
public class SchedulingReminders {
    private static final List<ReminderKind> SIGN_OFF =
            List.of(ReminderKind.SIGN_OFF_REMINDER, ReminderKind.SIGN_OFF_ESCALATION);
    private final ScheduledReminders reminders;
    private final ReminderSettings settings;
    private final Clock clock;

    SchedulingReminders(ScheduledReminders reminders, ReminderSettings settings, Clock clock) {
        this.reminders = reminders;
        this.settings = settings;
        this.clock = clock;
    }

    /** Each supervisor is reminded once; then the learner's practice assessor is told. */
    public void signOffRequested(
            UUID reflectionId, UUID learnerId, UUID placementId, List<UUID> supervisors, Instant at) {
        String occasion = at.toString();
        for (UUID supervisor : supervisors) {
            schedule(
                    ReminderKind.SIGN_OFF_REMINDER,
                    reflectionId,
                    learnerId,
                    supervisor,
                    placementId,
                    occasion,
                    null,
                    at.plus(settings.getSignOffRemindAfter()));
        }
        schedule(
                ReminderKind.SIGN_OFF_ESCALATION,
                reflectionId,
                learnerId,
                null,
                placementId,
                occasion,
                null,
                at.plus(settings.getSignOffEscalateAfter()));
    }

    public void signOffSettled(UUID reflectionId) {
        reminders.cancel(reflectionId, SIGN_OFF, clock.instant());
    }

    public void evaluationOpened(UUID invitationId, UUID learnerId, UUID placementId, Instant invitedAt) {
        List<Duration> steps = settings.getEvaluation();
        for (int i = 0; i < steps.size(); i++) {
            schedule(
                    ReminderKind.EVALUATION_REMINDER,
                    invitationId,
                    learnerId,
                    learnerId,
                    placementId,
                    invitedAt + "#" + i,
                    null,
                    invitedAt.plus(steps.get(i)));
        }
    }

    public void evaluationReturned(UUID invitationId) {
        reminders.cancel(invitationId, List.of(ReminderKind.EVALUATION_REMINDER), clock.instant());
    }

    /** One reminder per interview, moved when the interview is rescheduled. */
    public void interviewScheduled(
            UUID interviewId, UUID learnerId, UUID placementId, UUID assessorId, LocalDate dueOn) {
        Instant remindAt = dueOn.atTime(settings.getInterviewRemindAt())
                .atZone(settings.getZone())
                .toInstant()
                .minus(settings.getInterviewBefore());
        schedule(ReminderKind.INTERVIEW_DUE, interviewId, learnerId, assessorId, placementId, "", dueOn, remindAt);
    }

    public void interviewHeld(UUID interviewId) {
        reminders.cancel(interviewId, List.of(ReminderKind.INTERVIEW_DUE), clock.instant());
    }

    private void schedule(
            ReminderKind kind,
            UUID subject,
            UUID learner,
            UUID recipient,
            UUID placement,
            String occasion,
            LocalDate aboutOn,
            Instant due) {
        UUID id = Reminder.idFor(kind, subject, kind == ReminderKind.INTERVIEW_DUE ? null : recipient, occasion);
        reminders.schedule(
                new Reminder(id, kind, subject, learner, recipient, placement, aboutOn, due), clock.instant());
    }
}
