package org.pare.supervisor.interview.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pare.messaging.micronaut.Outbox;
import org.pare.supervisor.events.InterviewCompleted;
import org.pare.supervisor.events.SupervisorTopics;
import org.pare.supervisor.interview.persistence.Interviews;
import org.pare.supervisor.interview.persistence.Interviews.Interview;
import org.pare.supervisor.person.persistence.People;
import org.pare.supervisor.shared.domain.Refusal;

/**
 * The practice assessor records an interview as held, with notes and agreed goals; the learner then confirms
 * it. Recording again returns the record as first held (it is not rewritten).
 */
@Singleton
public class HoldingInterviews {
    private final People people;
    private final Interviews interviews;
    private final Outbox outbox;
    private final Clock clock;

    HoldingInterviews(People people, Interviews interviews, Outbox outbox, Clock clock) {
        this.people = people;
        this.interviews = interviews;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Interview complete(String loginId, UUID id, String notes, String goals) {
        UUID me = people.caller(loginId);
        Interview interview = interviews
                .forUpdate(id)
                .filter(i -> me.equals(i.assessorId()))
                .orElseThrow(() -> Refusal.notFound("interview"));
        if (interview.completedAt() != null) {
            return interview;
        }
        Instant now = clock.instant();
        interviews.complete(id, notes, goals, now);
        outbox.publish(
                SupervisorTopics.INTERVIEW,
                InterviewCompleted.TYPE,
                id.toString(),
                new InterviewCompleted(id, interview.placementId(), interview.learnerId(), me, interview.kind(), now));
        return interviews.forUpdate(id).orElseThrow();
    }

    @Transactional
    public Interview confirm(String loginId, UUID id) {
        UUID me = people.caller(loginId);
        Interview interview = interviews
                .forUpdate(id)
                .filter(i -> me.equals(i.learnerId()))
                .orElseThrow(() -> Refusal.notFound("interview"));
        if (interview.completedAt() == null) {
            throw Refusal.conflict("this interview has not been held yet");
        }
        if (interview.learnerConfirmedAt() == null) {
            interviews.confirm(id, clock.instant());
        }
        return interviews.forUpdate(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Interview> dueForAssessor(String loginId) {
        return interviews.ofAssessor(people.caller(loginId));
    }

    @Transactional(readOnly = true)
    public List<Interview> ofLearner(String loginId) {
        return interviews.ofLearner(people.caller(loginId));
    }
}
