package org.pare.supervisor.signoff.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;
import org.pare.messaging.micronaut.Outbox;
import org.pare.supervisor.audit.persistence.AuditLog;
import org.pare.supervisor.events.ReflectionSignedOff;
import org.pare.supervisor.events.SupervisorTopics;
import org.pare.supervisor.person.persistence.People;
import org.pare.supervisor.shared.domain.Refusal;
import org.pare.supervisor.signoff.domain.SharedReflection.SignOff;
import org.pare.supervisor.signoff.persistence.SharedReflections;

/**
 * A supervisor signs off a reflection shared with them for sign-off. The signature is the authenticated person
 * and the time; signature, audit entry and event commit together. Signing again returns the same signature.
 */
@Singleton
public class SigningOffReflections {
    private final People people;
    private final Relationship relationship;
    private final SharedReflections reflections;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;

    SigningOffReflections(
            People people,
            Relationship relationship,
            SharedReflections reflections,
            AuditLog audit,
            Outbox outbox,
            Clock clock) {
        this.people = people;
        this.relationship = relationship;
        this.reflections = reflections;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public SignOff signOff(String loginId, UUID reflectionId) {
        UUID me = people.caller(loginId);
        Relationship.Held held = relationship.lockedFor(reflectionId, me);
        SignOff outcome = held.reflection().signOff(clock.instant());
        if (!outcome.isNew()) {
            return outcome;
        }
        if (!reflections.sign(held.reflection(), outcome.signature())) {
            // Another supervisor's signature committed between our read and our write.
            throw Refusal.conflict("this reflection was already signed off by someone else and is locked");
        }
        audit.record(
                held.placement().trustId(),
                me,
                AuditLog.Action.REFLECTION_SIGNED_OFF,
                reflectionId,
                outcome.signature().signedAt());
        outbox.publish(
                SupervisorTopics.SIGN_OFF,
                ReflectionSignedOff.TYPE,
                reflectionId.toString(),
                new ReflectionSignedOff(
                        reflectionId,
                        held.reflection().learnerId(),
                        me,
                        outcome.signature().signedAt()));
        return outcome;
    }
}
