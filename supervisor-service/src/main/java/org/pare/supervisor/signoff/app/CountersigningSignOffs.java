package org.pare.supervisor.signoff.app;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pare.messaging.micronaut.Outbox;
import org.pare.supervisor.assignment.persistence.Placements;
import org.pare.supervisor.audit.persistence.AuditLog;
import org.pare.supervisor.events.SignOffCountersigned;
import org.pare.supervisor.events.SupervisorTopics;
import org.pare.supervisor.person.persistence.People;
import org.pare.supervisor.shared.domain.Refusal;
import org.pare.supervisor.signoff.persistence.Signatures;
import org.pare.supervisor.signoff.persistence.Signatures.Signed;

/**
 * The practice assessor countersigns a practice supervisor's sign-off where the learner's programme requires
 * it (professions listed in {@code pare.sign-off.countersign-professions}). Countersigning again returns the
 * first countersignature.
 */
@Singleton
public class CountersigningSignOffs {
    private final People people;
    private final Placements placements;
    private final Signatures signatures;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;
    private final List<String> professions;

    CountersigningSignOffs(
            People people,
            Placements placements,
            Signatures signatures,
            AuditLog audit,
            Outbox outbox,
            Clock clock,
            @Value("${pare.sign-off.countersign-professions:}") List<String> professions) {
        this.people = people;
        this.placements = placements;
        this.signatures = signatures;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.professions = professions;
    }

    /** What waits for this assessor's countersignature: only where the learner's programme asks for one. */
    @Transactional(readOnly = true)
    public List<Signatures.Awaiting> awaiting(String loginId) {
        UUID me = people.caller(loginId);
        return signatures.uncountersignedFor(me, 200).stream()
                .filter(a -> professions.contains(a.profession()))
                .toList();
    }

    @Transactional
    public Signed countersign(String loginId, UUID reflectionId) {
        UUID me = people.caller(loginId);
        Signed signed = signatures.forUpdate(reflectionId).orElseThrow(() -> Refusal.notFound("sign-off"));
        var placement = placements
                .find(signed.placementId())
                .filter(p -> me.equals(p.practiceAssessorId()))
                .orElseThrow(() -> Refusal.notFound("sign-off"));
        if (me.equals(signed.countersignedBy())) {
            return signed;
        }
        if (!professions.contains(placement.profession())) {
            throw Refusal.unprocessable("this learner's programme does not ask for a countersignature");
        }
        if (signed.countersignedBy() != null || me.equals(signed.signedBy())) {
            throw Refusal.conflict("this sign-off needs no further countersignature");
        }
        Instant now = clock.instant();
        signatures.countersign(reflectionId, me, now);
        audit.record(placement.trustId(), me, AuditLog.Action.SIGN_OFF_COUNTERSIGNED, reflectionId, now);
        outbox.publish(
                SupervisorTopics.SIGN_OFF,
                SignOffCountersigned.TYPE,
                reflectionId.toString(),
                new SignOffCountersigned(reflectionId, signed.learnerId(), signed.signedBy(), me, now));
        return signatures.forUpdate(reflectionId).orElseThrow();
    }
}
