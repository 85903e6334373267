package org.pare.supervisor.concern.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.pare.messaging.micronaut.Outbox;
import org.pare.supervisor.assignment.persistence.Placements;
import org.pare.supervisor.audit.persistence.AuditLog;
import org.pare.supervisor.concern.persistence.Concerns;
import org.pare.supervisor.concern.persistence.Concerns.Concern;
import org.pare.supervisor.events.ConcernCategory;
import org.pare.supervisor.events.ConcernRaised;
import org.pare.supervisor.events.ConcernResolved;
import org.pare.supervisor.events.ConcernReviewed;
import org.pare.supervisor.events.SupervisorTopics;
import org.pare.supervisor.person.persistence.People;
import org.pare.supervisor.shared.domain.Refusal;

/**
 * A practice supervisor or assessor raises a concern about a learner assigned to them, starting an action plan;
 * the person who raised it or the placement's practice assessor reviews and resolves it. Every change is
 * audited and announced (the academic assessor and the trust's education leads are told through the events).
 */
@Singleton
public class ActingOnConcerns {
    private final People people;
    private final Placements placements;
    private final Concerns concerns;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;

    ActingOnConcerns(
            People people, Placements placements, Concerns concerns, AuditLog audit, Outbox outbox, Clock clock) {
        this.people = people;
        this.placements = placements;
        this.concerns = concerns;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Plan(String description, String actions, String supportOffered, LocalDate reviewOn) {}

    @Transactional
    public Concern raise(String loginId, UUID learner, ConcernCategory category, Plan plan) {
        UUID me = people.caller(loginId);
        var placement = placements.supervisedBy(me, learner).orElseThrow(() -> Refusal.notFound("learner"));
        Instant now = clock.instant();
        if (plan.reviewOn().isBefore(LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)))) {
            throw Refusal.invalid("reviewOn", "the review date must not be in the past");
        }
        Concern concern = new Concern(
                UUID.randomUUID(),
                learner,
                placement.id(),
                placement.trustId(),
                me,
                category,
                plan.description(),
                plan.actions(),
                plan.supportOffered(),
                plan.reviewOn(),
                null,
                now);
        concerns.add(concern);
        audit.record(placement.trustId(), me, AuditLog.Action.CONCERN_RAISED, concern.id(), now);
        outbox.publish(
                SupervisorTopics.CONCERN,
                ConcernRaised.TYPE,
                concern.id().toString(),
                new ConcernRaised(
                        concern.id(),
                        learner,
                        placement.id(),
                        me,
                        category,
                        placement.academicAssessorId(),
                        placement.trustId(),
                        plan.reviewOn(),
                        now));
        return concern;
    }

    @Transactional
    public void review(String loginId, UUID concernId, Concerns.Review review) {
        UUID me = people.caller(loginId);
        Concern concern = open(concernId, me);
        Instant now = clock.instant();
        LocalDate nextReviewOn = review.nextReviewOn();
        if (nextReviewOn != null && nextReviewOn.isBefore(LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)))) {
            throw Refusal.invalid("nextReviewOn", "the next review date must not be in the past");
        }
        concerns.review(concernId, me, review, now);
        audit.record(concern.trustId(), me, AuditLog.Action.CONCERN_REVIEWED, concernId, now);
        outbox.publish(
                SupervisorTopics.CONCERN,
                ConcernReviewed.TYPE,
                concernId.toString(),
                new ConcernReviewed(concernId, concern.learnerId(), me, nextReviewOn, now));
    }

    @Transactional
    public void resolve(String loginId, UUID concernId, ConcernResolved.Outcome outcome, String notes) {
        UUID me = people.caller(loginId);
        Concern concern = open(concernId, me);
        Instant now = clock.instant();
        concerns.resolve(concernId, outcome.name(), notes, now);
        audit.record(concern.trustId(), me, AuditLog.Action.CONCERN_RESOLVED, concernId, now);
        outbox.publish(
                SupervisorTopics.CONCERN,
                ConcernResolved.TYPE,
                concernId.toString(),
                new ConcernResolved(concernId, concern.learnerId(), me, outcome, now));
    }

    /** The person who raised it, or the placement's practice assessor; anyone else: not found. */
    private Concern open(UUID concernId, UUID me) {
        Concern concern = concerns.forUpdate(concernId)
                .filter(c -> c.raisedBy().equals(me)
                        || placements
                                .find(c.placementId())
                                .map(p -> me.equals(p.practiceAssessorId()))
                                .orElse(false))
                .orElseThrow(() -> Refusal.notFound("concern"));
        if (concern.outcome() != null) {
            throw Refusal.conflict("this concern is already resolved");
        }
        return concern;
    }
}
