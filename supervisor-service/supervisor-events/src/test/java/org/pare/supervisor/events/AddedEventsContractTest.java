package org.pare.supervisor.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.testing.GoldenSamples.sample;
import static org.pare.testing.GoldenSamples.sampleAs;
import static org.pare.testing.GoldenSamples.serialised;

import org.junit.jupiter.api.Test;

class AddedEventsContractTest {

    @Test
    void assignment_conflict_found_is_written_as_its_golden_sample() {
        var event = new AssignmentConflictFound(
                SupervisorEventsContractTest.PLACEMENT,
                SupervisorEventsContractTest.LEARNER,
                SupervisorEventsContractTest.OTHER,
                SupervisorEventsContractTest.TRUST,
                SupervisorEventsContractTest.SUPERVISOR,
                "SUPERVISOR_AND_ASSESSOR",
                "PRACTICE_ASSESSOR",
                SupervisorEventsContractTest.AT);

        assertThat(serialised(event)).isEqualTo(sample(AssignmentConflictFound.TYPE));
        assertThat(sampleAs(AssignmentConflictFound.TYPE, AssignmentConflictFound.class))
                .isEqualTo(event);
    }

    @Test
    void sign_off_countersigned_is_written_as_its_golden_sample() {
        var event = new SignOffCountersigned(
                SupervisorEventsContractTest.REFLECTION,
                SupervisorEventsContractTest.LEARNER,
                SupervisorEventsContractTest.SUPERVISOR,
                SupervisorEventsContractTest.OTHER,
                SupervisorEventsContractTest.AT);

        assertThat(serialised(event)).isEqualTo(sample(SignOffCountersigned.TYPE));
        assertThat(sampleAs(SignOffCountersigned.TYPE, SignOffCountersigned.class))
                .isEqualTo(event);
    }

    @Test
    void added_types_follow_the_naming_rule() {
        assertThat(java.util.List.of(AssignmentConflictFound.TYPE, SignOffCountersigned.TYPE))
                .allMatch(t -> t.matches("pare\\.supervisor\\.[A-Z][A-Za-z]+\\.v[1-9]"));
    }
}
