package org.pare.supervisor.interview.app;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.pare.messaging.micronaut.Outbox;
import org.pare.supervisor.events.InterviewOverdue;
import org.pare.supervisor.events.SupervisorTopics;
import org.pare.supervisor.interview.persistence.Interviews;

/**
 * Publishes InterviewOverdue once per interview and due date, when the due date has passed without the
 * interview being held. Safe with several instances: rows are claimed with FOR UPDATE SKIP LOCKED and
 * marked in the same transaction as the outbox row.
 */
@Singleton
public class AnnouncingOverdueInterviews {
    static final int BATCH = 200;
    static final ZoneId UK = ZoneId.of("Europe/London");
    private final Interviews interviews;
    private final Outbox outbox;
    private final Clock clock;

    AnnouncingOverdueInterviews(Interviews interviews, Outbox outbox, Clock clock) {
        this.interviews = interviews;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelay = "${pare.interviews.overdue-check.interval:15m}",
            initialDelay = "${pare.interviews.overdue-check.initial-delay:1m}")
    void everyFewMinutes() {
        announce(LocalDate.now(clock.withZone(UK)));
    }

    /** @return how many were announced in this batch */
    @Transactional
    public int announce(LocalDate today) {
        var overdue = interviews.claimOverdue(today, BATCH);
        for (var i : overdue) {
            outbox.publish(
                    SupervisorTopics.INTERVIEW,
                    InterviewOverdue.TYPE,
                    i.id().toString(),
                    new InterviewOverdue(i.id(), i.placementId(), i.learnerId(), i.assessorId(), i.kind(), i.dueOn()));
            interviews.markOverdueAnnounced(i);
        }
        return overdue.size();
    }
}
