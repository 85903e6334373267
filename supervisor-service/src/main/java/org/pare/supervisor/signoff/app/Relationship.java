package org.pare.supervisor.signoff.app;

import jakarta.inject.Singleton;
import java.util.UUID;
import org.pare.supervisor.assignment.persistence.Placements;
import org.pare.supervisor.assignment.persistence.Placements.Placement;
import org.pare.supervisor.shared.domain.Refusal;
import org.pare.supervisor.signoff.domain.SharedReflection;
import org.pare.supervisor.signoff.persistence.SharedReflections;

/**
 * The relationship every decision on a reflection needs: shared with the caller, on a placement where the
 * caller supervises or assesses the learner. Anything less is "not found", never a hint that it exists.
 */
@Singleton
class Relationship {
    private final SharedReflections reflections;
    private final Placements placements;

    Relationship(SharedReflections reflections, Placements placements) {
        this.reflections = reflections;
        this.placements = placements;
    }

    record Held(SharedReflection reflection, Placement placement) {}

    Held lockedFor(UUID reflectionId, UUID supervisor) {
        SharedReflection reflection =
                reflections.forUpdate(reflectionId, supervisor).orElseThrow(() -> Refusal.notFound("reflection"));
        return new Held(reflection, placementOf(reflection, supervisor));
    }

    Held readBy(UUID reflectionId, UUID supervisor) {
        SharedReflection reflection =
                reflections.find(reflectionId, supervisor).orElseThrow(() -> Refusal.notFound("reflection"));
        return new Held(reflection, placementOf(reflection, supervisor));
    }

    private Placement placementOf(SharedReflection reflection, UUID supervisor) {
        Placement placement = placements
                .find(reflection.placementId())
                .filter(p -> p.learnerId().equals(reflection.learnerId()))
                .filter(p -> supervisor.equals(p.practiceAssessorId()) || placements.supervises(p.id(), supervisor))
                .orElseThrow(() -> Refusal.notFound("reflection"));
        return placement;
    }
}
