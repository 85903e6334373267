package org.pare.notification.reminder.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** {@code pare.notification.reminders.*}: when reminders and escalations fall due. */
@ConfigurationProperties("pare.notification.reminders")
public class ReminderSettings {
    private Duration signOffRemindAfter = Duration.ofHours(48);
    private Duration signOffEscalateAfter = Duration.ofDays(7);
    private List<Duration> evaluation = List.of(Duration.ofDays(3), Duration.ofDays(7));
    private Duration interviewBefore = Duration.ofDays(2);
    private LocalTime interviewRemindAt = LocalTime.of(9, 0);
    private ZoneId zone = ZoneId.of("Europe/London");

    public Duration getSignOffRemindAfter() {
        return signOffRemindAfter;
    }

    public void setSignOffRemindAfter(Duration signOffRemindAfter) {
        this.signOffRemindAfter = signOffRemindAfter;
    }

    public Duration getSignOffEscalateAfter() {
        return signOffEscalateAfter;
    }

    public void setSignOffEscalateAfter(Duration signOffEscalateAfter) {
        this.signOffEscalateAfter = signOffEscalateAfter;
    }

    public List<Duration> getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(List<Duration> evaluation) {
        this.evaluation = List.copyOf(evaluation);
    }

    public Duration getInterviewBefore() {
        return interviewBefore;
    }

    public void setInterviewBefore(Duration interviewBefore) {
        this.interviewBefore = interviewBefore;
    }

    public LocalTime getInterviewRemindAt() {
        return interviewRemindAt;
    }

    public void setInterviewRemindAt(LocalTime interviewRemindAt) {
        this.interviewRemindAt = interviewRemindAt;
    }

    public ZoneId getZone() {
        return zone;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }
}
