package org.pare.supervisor.assignment.app;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.pare.messaging.micronaut.Outbox;
import org.pare.supervisor.assignment.domain.Allocation;
import org.pare.supervisor.assignment.domain.Assignment;
import org.pare.supervisor.assignment.domain.Conflict;
import org.pare.supervisor.assignment.persistence.Placements;
import org.pare.supervisor.events.AssignmentConflictFound;
import org.pare.supervisor.events.SupervisorTopics;

/**
 * Applies an allocation (new or changed) to the read model of who supervises whom, withholding any role that
 * breaks the SSSA rules and announcing each new breach once. Runs in the consumer's transaction.
 */
@Singleton
public class AssigningSupervisors {
    private final Placements placements;
    private final Outbox outbox;
    private final java.util.List<PlacementListener> listeners;
    private final Clock clock;

    public AssigningSupervisors(
            Placements placements, Outbox outbox, java.util.List<PlacementListener> listeners, Clock clock) {
        this.placements = placements;
        this.outbox = outbox;
        this.listeners = listeners;
        this.clock = clock;
    }

    /** Told when a placement's assignment is saved (interviews follow its dates and assessor). */
    public interface PlacementListener {
        void assigned(Assignment assignment);
    }

    public Assignment assign(Allocation allocation) {
        Assignment assignment = Assignment.of(allocation);
        placements.save(assignment);
        Instant now = clock.instant();
        for (Conflict conflict : assignment.conflicts()) {
            if (placements.recordConflict(assignment, conflict, now)) {
                outbox.publish(
                        SupervisorTopics.ASSIGNMENT,
                        AssignmentConflictFound.TYPE,
                        allocation.placementId().toString(),
                        new AssignmentConflictFound(
                                allocation.placementId(),
                                allocation.learnerId(),
                                allocation.universityId(),
                                allocation.trustId(),
                                conflict.person(),
                                conflict.rule().name(),
                                conflict.refused().name(),
                                now));
            }
        }
        listeners.forEach(l -> l.assigned(assignment));
        return assignment;
    }
}
