package org.pare.supervisor.interview.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pare.messaging.micronaut.Outbox;
import org.pare.supervisor.assignment.persistence.Placements;
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
    private final Placements placements;
    private final Interviews interviews;
    private final Outbox outbox;
    private final Clock clock;

    HoldingInterviews(People people, Placements placements, Interviews interviews, Outbox outbox, Clock clock) {
        this.people = people;
        this.placements = placements;
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

    /** An interview with the names its pages show. */
    public record Seen(Interview interview, String learnerName, String assessorName, String areaName) {}

    @Transactional(readOnly = true)
    public List<Seen> dueForAssessor(String loginId) {
        return interviews.ofAssessor(people.caller(loginId)).stream()
                .map(this::seen)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Seen> ofLearner(String loginId) {
        return interviews.ofLearner(people.caller(loginId)).stream()
                .map(this::seen)
                .toList();
    }

    /** One interview, for its practice assessor or its learner; anyone else: not found. */
    @Transactional(readOnly = true)
    public Seen one(String loginId, UUID id) {
        UUID me = people.caller(loginId);
        return interviews
                .find(id)
                .filter(i -> me.equals(i.assessorId()) || me.equals(i.learnerId()))
                .map(this::seen)
                .orElseThrow(() -> Refusal.notFound("interview"));
    }

    private Seen seen(Interview i) {
        return new Seen(
                i,
                people.name(i.learnerId()).orElse("A learner"),
                i.assessorId() == null ? null : people.name(i.assessorId()).orElse(null),
                placements.find(i.placementId()).map(p -> p.areaName()).orElse(null));
    }
}
