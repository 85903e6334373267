package org.pare.learner.placement.app;

import java.util.List;
import java.util.UUID;
import org.pare.learner.events.PlacementAllocated;
import org.pare.learner.events.PlacementChanged;
import org.pare.learner.person.domain.PersonId;
import org.pare.learner.placement.domain.Place;
import org.pare.learner.placement.domain.Placement;

/** The published form of a placement: ids and facts about places, never names of people. */
final class PlacementEvents {
    private PlacementEvents() {}

    static PlacementAllocated allocated(Placement p) {
        Place at = p.place();
        Placement.Terms t = p.terms();
        return new PlacementAllocated(
                p.id().value(),
                p.learnerId().value(),
                p.universityId(),
                at.trustId(),
                at.trustName(),
                at.siteId(),
                at.siteName(),
                at.areaId(),
                at.areaName(),
                t.profession(),
                p.startDate(),
                t.endDate(),
                ids(t.practiceSupervisorIds()),
                t.practiceAssessorId().value(),
                t.academicAssessorId().value());
    }

    static PlacementChanged changed(Placement p) {
        PlacementAllocated a = allocated(p);
        return new PlacementChanged(
                a.placementId(),
                a.learnerId(),
                a.universityId(),
                a.trustId(),
                a.trustName(),
                a.siteId(),
                a.siteName(),
                a.areaId(),
                a.areaName(),
                a.profession(),
                a.startDate(),
                a.endDate(),
                a.practiceSupervisorIds(),
                a.practiceAssessorId(),
                a.academicAssessorId());
    }

    private static List<UUID> ids(List<PersonId> people) {
        return people.stream().map(PersonId::value).toList();
    }
}
