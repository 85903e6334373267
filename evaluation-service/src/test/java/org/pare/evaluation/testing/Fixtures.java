package org.pare.evaluation.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pare.learner.events.LearnerTopics;
import org.pare.learner.events.PersonRegistered;
import org.pare.learner.events.PlacementAllocated;
import org.pare.learner.events.PlacementCompleted;
import org.pare.messaging.EventEnvelope;
import org.pare.testing.OidcProvider;

/** Trusts, areas, learners and placements, made by sending learner-service's own event records. */
public final class Fixtures {
    private final Events events;

    public Fixtures(Events events) {
        this.events = events;
    }

    public record Area(UUID trustId, UUID siteId, UUID areaId, String name) {
        public Area inSameSite(String otherName) {
            return new Area(trustId, siteId, UUID.randomUUID(), otherName);
        }
    }

    public record Person(UUID id, String loginId) {
        public String token(String role) {
            return OidcProvider.get().tokens().forRole(role, loginId, null);
        }
    }

    public record Placement(
            Person learner, Person academicAssessor, UUID placementId, Area area, LocalDate start, LocalDate end) {}

    public static Area anArea(String name) {
        return new Area(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), name);
    }

    public static Person aPerson() {
        UUID id = UUID.randomUUID();
        return new Person(id, "login-" + id);
    }

    public static String leadToken(UUID trustId) {
        return OidcProvider.get().tokens().forRole("EDUCATION_LEAD", "lead-" + trustId, trustId);
    }

    /** The events of a learner allocated to the area for the given dates: person first, then placement. */
    public List<EventEnvelope> allocated(Placement p) {
        return allocated(p, UUID.randomUUID());
    }

    /** The same, allocated by the given university. */
    public List<EventEnvelope> allocated(Placement p, UUID universityId) {
        List<EventEnvelope> sent = new ArrayList<>();
        for (Person person : List.of(p.learner(), p.academicAssessor())) {
            sent.add(events.of(
                    "learner-service",
                    LearnerTopics.PERSON,
                    PersonRegistered.TYPE,
                    person.id(),
                    new PersonRegistered(person.id(), person.loginId(), "Name", "x@example.org", "NURSING")));
        }
        Area a = p.area();
        sent.add(events.of(
                "learner-service",
                LearnerTopics.PLACEMENT,
                PlacementAllocated.TYPE,
                p.placementId(),
                new PlacementAllocated(
                        p.placementId(),
                        p.learner().id(),
                        universityId,
                        a.trustId(),
                        "Trust " + a.trustId(),
                        a.siteId(),
                        "Site " + a.siteId(),
                        a.areaId(),
                        a.name(),
                        "NURSING",
                        p.start(),
                        p.end(),
                        List.of(),
                        UUID.randomUUID(),
                        p.academicAssessor().id())));
        return sent;
    }

    public EventEnvelope completed(Placement p) {
        return events.of(
                "learner-service",
                LearnerTopics.PLACEMENT,
                PlacementCompleted.TYPE,
                p.placementId(),
                new PlacementCompleted(
                        p.placementId(),
                        p.learner().id(),
                        UUID.randomUUID(),
                        p.area().areaId(),
                        p.start(),
                        p.end()));
    }

    public static Placement aPlacement(Area area, LocalDate end) {
        return new Placement(aPerson(), aPerson(), UUID.randomUUID(), area, end.minusWeeks(8), end);
    }
}
