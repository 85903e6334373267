package org.pare.learner.allocation.domain;

import java.time.LocalDate;
import java.util.List;
import org.pare.learner.person.domain.PersonDetails;

/** One valid line of an allocation upload: a learner in a placement area for a period, with their supervision. */
public record AllocationRow(
        int line,
        PersonDetails learner,
        String profession,
        String trust,
        String site,
        String area,
        LocalDate startDate,
        LocalDate endDate,
        List<PersonDetails> practiceSupervisors,
        PersonDetails practiceAssessor,
        PersonDetails academicAssessor) {
    public AllocationRow {
        practiceSupervisors = List.copyOf(practiceSupervisors);
    }

    /** A placement is identified by its learner, area and start date: re-uploading it updates it. */
    public PlacementKey key() {
        return new PlacementKey(learner.login(), trust, site, area, startDate);
    }

    public record PlacementKey(String learnerLogin, String trust, String site, String area, LocalDate startDate) {}
}
