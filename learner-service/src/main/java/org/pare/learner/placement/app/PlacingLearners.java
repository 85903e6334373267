package org.pare.learner.placement.app;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.pare.learner.events.LearnerTopics;
import org.pare.learner.events.PlacementAllocated;
import org.pare.learner.events.PlacementChanged;
import org.pare.learner.person.domain.PersonId;
import org.pare.learner.placement.domain.Place;
import org.pare.learner.placement.domain.Placement;
import org.pare.learner.placement.persistence.PlacementRepository;
import org.pare.messaging.micronaut.Outbox;

/** Creates a placement, or changes its terms, as an allocation states it; runs in the caller's transaction. */
@Singleton
public class PlacingLearners {
    public enum Outcome {
        ALLOCATED,
        CHANGED,
        UNCHANGED
    }

    public record Placed(Placement placement, Outcome outcome) {}

    /** The placement exists but was allocated by another university, which alone may change it. */
    public static class NotYourPlacementException extends RuntimeException {
        public NotYourPlacementException() {
            super("this placement was allocated by another university");
        }
    }

    private final PlacementRepository placements;
    private final Outbox outbox;

    public PlacingLearners(PlacementRepository placements, Outbox outbox) {
        this.placements = placements;
        this.outbox = outbox;
    }

    public Placed place(UUID university, PersonId learner, Place place, LocalDate start, Placement.Terms terms) {
        Optional<Placement> known = placements.findForUpdate(learner, place.areaId(), start);
        if (known.isEmpty()) {
            Placement placement = Placement.allocate(university, learner, place, start, terms);
            if (!placements.insertIfAbsent(placement)) {
                return place(university, learner, place, start, terms); // a concurrent upload was first
            }
            publish(PlacementAllocated.TYPE, placement, PlacementEvents.allocated(placement));
            return new Placed(placement, Outcome.ALLOCATED);
        }
        if (!known.get().allocatedBy(university)) {
            throw new NotYourPlacementException();
        }
        if (known.get().terms().equals(terms)) {
            return new Placed(known.get(), Outcome.UNCHANGED);
        }
        Placement changed = known.get().withTerms(terms);
        placements.updateTerms(changed);
        publish(PlacementChanged.TYPE, changed, PlacementEvents.changed(changed));
        return new Placed(changed, Outcome.CHANGED);
    }

    private void publish(String type, Placement placement, Object event) {
        outbox.publish(LearnerTopics.PLACEMENT, type, placement.id().toString(), event);
    }
}
