package org.pare.learner.placement.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.pare.learner.person.domain.PersonId;

/**
 * One learner in one placement area from a start date to an end date, with their supervision. Identified
 * for uploads by learner, area and start date; the rest are its terms, which a later upload may change.
 */
public record Placement(
        PlacementId id, UUID universityId, PersonId learnerId, Place place, LocalDate startDate, Terms terms) {

    /** What an allocation may change about a placement. Supervisors are kept in a stable order. */
    public record Terms(
            String profession,
            LocalDate endDate,
            List<PersonId> practiceSupervisorIds,
            PersonId practiceAssessorId,
            PersonId academicAssessorId) {
        public Terms {
            practiceSupervisorIds = practiceSupervisorIds.stream()
                    .distinct()
                    .sorted(Comparator.comparing(PersonId::toString))
                    .toList();
        }
    }

    public static Placement allocate(
            UUID universityId, PersonId learnerId, Place place, LocalDate startDate, Terms terms) {
        return new Placement(PlacementId.random(), universityId, learnerId, place, startDate, terms);
    }

    public boolean allocatedBy(UUID university) {
        return universityId.equals(university);
    }

    public Placement withTerms(Terms changed) {
        return new Placement(id, universityId, learnerId, place, startDate, changed);
    }
}
