package org.pare.supervisor.assignment.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A placement as the university allocated it: who was named for each role, before any rule is applied. */
public record Allocation(
        UUID placementId,
        UUID learnerId,
        UUID universityId,
        UUID trustId,
        String areaName,
        String profession,
        LocalDate startDate,
        LocalDate endDate,
        List<UUID> practiceSupervisorIds,
        UUID practiceAssessorId,
        UUID academicAssessorId) {

    public Allocation {
        practiceSupervisorIds = practiceSupervisorIds == null ? List.of() : List.copyOf(practiceSupervisorIds);
    }
}
