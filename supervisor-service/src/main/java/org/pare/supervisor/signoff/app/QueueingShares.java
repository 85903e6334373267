package org.pare.supervisor.signoff.app;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.pare.supervisor.assignment.app.AssigningSupervisors;
import org.pare.supervisor.assignment.domain.Assignment;
import org.pare.supervisor.assignment.persistence.Placements;
import org.pare.supervisor.signoff.persistence.HeldShares;
import org.pare.supervisor.signoff.persistence.SharedReflections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a shared reflection in the queue of each person it was shared with who supervises or assesses the
 * learner on that placement. A share for anyone else is held apart, never shown or readable: the relationship
 * rule says a supervisor reaches only learners assigned to them. Because the allocation and the share travel
 * on different topics, the share can arrive first; a held share is released when an allocation later makes
 * its person the learner's supervisor or assessor on that placement. Runs in the consumer's transaction.
 */
@Singleton
public class QueueingShares implements AssigningSupervisors.PlacementListener {
    private static final Logger LOG = LoggerFactory.getLogger(QueueingShares.class);
    private final Placements placements;
    private final SharedReflections reflections;
    private final HeldShares held;
    private final Clock clock;

    QueueingShares(Placements placements, SharedReflections reflections, HeldShares held, Clock clock) {
        this.placements = placements;
        this.reflections = reflections;
        this.held = held;
        this.clock = clock;
    }

    public record Share(UUID reflectionId, UUID learnerId, UUID placementId, String purpose, Instant sharedAt) {}

    public void shared(Share share, UUID person) {
        if (related(share, person)) {
            reflections.shared(
                    share.reflectionId(),
                    share.learnerId(),
                    share.placementId(),
                    person,
                    share.purpose(),
                    share.sharedAt());
            return;
        }
        held.hold(
                share.reflectionId(),
                share.learnerId(),
                share.placementId(),
                person,
                share.purpose(),
                share.sharedAt(),
                clock.instant());
        LOG.warn(
                "Held share of reflection {} for person {}: not assigned to learner {} on placement {}",
                share.reflectionId(),
                person,
                share.learnerId(),
                share.placementId());
    }

    @Override
    public void assigned(Assignment assignment) {
        UUID placement = assignment.allocation().placementId();
        int released = held.release(placement);
        if (released > 0) {
            LOG.info(
                    "Released {} held share(s) on placement {} now that the allocation names them",
                    released,
                    placement);
        }
    }

    private boolean related(Share share, UUID person) {
        return placements
                .find(share.placementId())
                .filter(p -> p.learnerId().equals(share.learnerId()))
                .filter(p -> person.equals(p.practiceAssessorId()) || placements.supervises(p.id(), person))
                .isPresent();
    }
}
