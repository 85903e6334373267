package org.pare.supervisor.signoff.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.pare.messaging.micronaut.Outbox;
import org.pare.supervisor.audit.persistence.AuditLog;
import org.pare.supervisor.events.ReflectionReturned;
import org.pare.supervisor.events.SupervisorTopics;
import org.pare.supervisor.person.persistence.People;
import org.pare.supervisor.signoff.persistence.ReturnComments;
import org.pare.supervisor.signoff.persistence.ReturnComments.ReturnComment;
import org.pare.supervisor.signoff.persistence.SharedReflections;

/**
 * A supervisor returns a shared reflection to the learner with a comment. A retried return (the item is already
 * returned by this supervisor) gives back the first comment and publishes nothing more.
 */
@Singleton
public class ReturningReflections {
    private final People people;
    private final Relationship relationship;
    private final SharedReflections reflections;
    private final ReturnComments comments;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;

    ReturningReflections(
            People people,
            Relationship relationship,
            SharedReflections reflections,
            ReturnComments comments,
            AuditLog audit,
            Outbox outbox,
            Clock clock) {
        this.people = people;
        this.relationship = relationship;
        this.reflections = reflections;
        this.comments = comments;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public ReturnComment returnWith(String loginId, UUID reflectionId, String comment) {
        UUID me = people.caller(loginId);
        Relationship.Held held = relationship.lockedFor(reflectionId, me);
        if (!held.reflection().returnable()) {
            return comments.latest(reflectionId, me).orElseThrow();
        }
        Instant now = clock.instant();
        UUID learner = held.reflection().learnerId();
        ReturnComment returned = new ReturnComment(UUID.randomUUID(), reflectionId, learner, me, comment, now);
        comments.add(returned);
        reflections.markReturned(reflectionId, me);
        audit.record(held.placement().trustId(), me, AuditLog.Action.REFLECTION_RETURNED, reflectionId, now);
        outbox.publish(
                SupervisorTopics.SIGN_OFF,
                ReflectionReturned.TYPE,
                reflectionId.toString(),
                new ReflectionReturned(reflectionId, learner, me, returned.id(), now));
        return returned;
    }
}
