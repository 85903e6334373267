package org.pare.supervisor.assignment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may act for a learner on a placement once the SSSA rules are applied to an allocation. A breach is
 * never silently accepted: the role that breaks the rule is withheld and the breach is listed.
 *
 * <p>The withheld role is always the one that carries the assessment: a practice assessor named also as a
 * supervisor keeps supervising but does not assess; one named also as the academic assessor does not assess
 * in practice (the university's role stands). A learner named as their own supervisor or assessor gets neither.
 * Until the university corrects the allocation, the placement has no practice assessor.
 */
public record Assignment(
        Allocation allocation, List<UUID> supervisors, Optional<UUID> assessor, List<Conflict> conflicts) {

    public static Assignment of(Allocation allocation) {
        List<Conflict> conflicts = new ArrayList<>();
        UUID learner = allocation.learnerId();
        List<UUID> supervisors = new ArrayList<>();
        for (UUID supervisor : allocation.practiceSupervisorIds()) {
            if (supervisor.equals(learner)) {
                conflicts.add(
                        new Conflict(supervisor, SssaRule.LEARNER_SUPERVISES_THEMSELVES, Role.PRACTICE_SUPERVISOR));
            } else if (!supervisors.contains(supervisor)) {
                supervisors.add(supervisor);
            }
        }
        UUID assessor = allocation.practiceAssessorId();
        if (assessor != null && assessor.equals(learner)) {
            conflicts.add(new Conflict(assessor, SssaRule.LEARNER_SUPERVISES_THEMSELVES, Role.PRACTICE_ASSESSOR));
            assessor = null;
        }
        if (assessor != null && supervisors.contains(assessor)) {
            conflicts.add(new Conflict(assessor, SssaRule.SUPERVISOR_AND_ASSESSOR, Role.PRACTICE_ASSESSOR));
            assessor = null;
        }
        UUID named = allocation.practiceAssessorId();
        if (named != null && named.equals(allocation.academicAssessorId()) && !named.equals(learner)) {
            conflicts.add(new Conflict(named, SssaRule.ASSESSOR_AND_ACADEMIC_ASSESSOR, Role.PRACTICE_ASSESSOR));
            assessor = null;
        }
        return new Assignment(
                allocation, List.copyOf(supervisors), Optional.ofNullable(assessor), List.copyOf(conflicts));
    }
}
