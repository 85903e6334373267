package org.pare.supervisor.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AssignmentTest {
    static final UUID LEARNER = UUID.randomUUID();
    static final UUID PS = UUID.randomUUID();
    static final UUID PA = UUID.randomUUID();
    static final UUID AA = UUID.randomUUID();

    static Allocation allocation(List<UUID> supervisors, UUID assessor, UUID academic) {
        return new Allocation(
                UUID.randomUUID(),
                LEARNER,
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Ward 7",
                "NURSING",
                LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 12, 18),
                supervisors,
                assessor,
                academic);
    }

    @Test
    void an_allocation_that_keeps_the_roles_apart_grants_every_role() {
        Assignment assignment = Assignment.of(allocation(List.of(PS), PA, AA));

        assertThat(assignment.supervisors()).containsExactly(PS);
        assertThat(assignment.assessor()).contains(PA);
        assertThat(assignment.conflicts()).isEmpty();
    }

    @Test
    void a_practice_assessor_also_named_as_supervisor_keeps_supervising_but_does_not_assess() {
        Assignment assignment = Assignment.of(allocation(List.of(PS, PA), PA, AA));

        assertThat(assignment.supervisors()).containsExactly(PS, PA);
        assertThat(assignment.assessor()).isEmpty();
        assertThat(assignment.conflicts())
                .containsExactly(new Conflict(PA, SssaRule.SUPERVISOR_AND_ASSESSOR, Role.PRACTICE_ASSESSOR));
    }

    @Test
    void a_practice_assessor_who_is_also_the_academic_assessor_does_not_assess_in_practice() {
        Assignment assignment = Assignment.of(allocation(List.of(PS), AA, AA));

        assertThat(assignment.assessor()).isEmpty();
        assertThat(assignment.conflicts())
                .containsExactly(new Conflict(AA, SssaRule.ASSESSOR_AND_ACADEMIC_ASSESSOR, Role.PRACTICE_ASSESSOR));
    }

    @Test
    void both_breaches_at_once_are_both_reported() {
        Assignment assignment = Assignment.of(allocation(List.of(PS, AA), AA, AA));

        assertThat(assignment.assessor()).isEmpty();
        assertThat(assignment.conflicts())
                .extracting(Conflict::rule)
                .containsExactlyInAnyOrder(SssaRule.SUPERVISOR_AND_ASSESSOR, SssaRule.ASSESSOR_AND_ACADEMIC_ASSESSOR);
    }

    @Test
    void a_learner_named_as_their_own_supervisor_or_assessor_gets_neither_role() {
        Assignment assignment = Assignment.of(allocation(List.of(PS, LEARNER), LEARNER, AA));

        assertThat(assignment.supervisors()).containsExactly(PS);
        assertThat(assignment.assessor()).isEmpty();
        assertThat(assignment.conflicts())
                .extracting(Conflict::refused)
                .containsExactlyInAnyOrder(Role.PRACTICE_SUPERVISOR, Role.PRACTICE_ASSESSOR);
    }

    @Test
    void a_supervisor_named_twice_is_granted_once() {
        assertThat(Assignment.of(allocation(List.of(PS, PS), PA, AA)).supervisors())
                .containsExactly(PS);
    }
}
