package org.pare.learner.reflection.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pare.learner.events.LearnerTopics;
import org.pare.learner.events.ReflectionShared;
import org.pare.learner.person.domain.PersonId;
import org.pare.learner.reflection.domain.Changed;
import org.pare.learner.reflection.domain.Reflection;
import org.pare.learner.reflection.persistence.LearnerPlacements;
import org.pare.learner.shared.domain.Refusal;
import org.pare.messaging.micronaut.Outbox;

/** Sharing a submitted reflection with the learner's own supervisors or assessors, for feedback or sign-off. */
@Singleton
public class SharingReflection {
    private final Reflections reflections;
    private final LearnerPlacements placements;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    SharingReflection(Reflections reflections, LearnerPlacements placements, Outbox outbox) {
        this.reflections = reflections;
        this.placements = placements;
        this.outbox = outbox;
    }

    @Transactional(rollbackFor = SQLException.class)
    public ReflectionView share(String loginId, UUID id, List<UUID> supervisorIds, ReflectionShared.Purpose purpose)
            throws SQLException {
        PersonId learner = reflections.caller(loginId);
        Reflection current = reflections.ownLocked(learner, id);
        List<PersonId> supervisors =
                supervisorIds.stream().distinct().map(PersonId::new).toList();
        UUID placement = placementOf(learner, supervisors);
        Changed<ReflectionShared> changed = current.share(placement, supervisors, purpose, clock.instant());
        reflections.repository.update(reflections.connection(), changed.reflection());
        reflections.sharesAndFeedback.record(reflections.connection(), changed.event());
        outbox.publish(LearnerTopics.REFLECTION, ReflectionShared.TYPE, id.toString(), changed.event());
        return reflections.view(changed.reflection());
    }

    /** Every person named must supervise or assess the learner; the event names the first one's placement. */
    private UUID placementOf(PersonId learner, List<PersonId> supervisors) throws SQLException {
        List<UUID> found = new ArrayList<>();
        for (PersonId supervisor : supervisors) {
            found.add(placements
                    .placementSupervisedBy(reflections.connection(), learner, supervisor)
                    .orElseThrow(() -> Refusal.unprocessable(
                            "supervisorIds: " + supervisor + " is not a supervisor or assessor of yours")));
        }
        if (found.isEmpty()) {
            throw Refusal.invalid("supervisorIds", "name at least one supervisor");
        }
        return found.get(0);
    }
}
