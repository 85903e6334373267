package org.pare.supervisor.assignment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class SupervisorIdTest {
    @Test
    void a_supervisor_id_is_read_from_a_person_id() {
        UUID personId = UUID.randomUUID();

        assertThat(SupervisorId.of(personId.toString())).isEqualTo(new SupervisorId(personId));
    }

    @Test
    void a_supervisor_id_prints_as_the_person_id() {
        UUID personId = UUID.randomUUID();

        assertThat(new SupervisorId(personId)).hasToString(personId.toString());
    }

    @Test
    void a_supervisor_id_needs_a_value() {
        assertThatNullPointerException().isThrownBy(() -> new SupervisorId(null));
        assertThatNullPointerException().isThrownBy(() -> SupervisorId.of(null));
    }

    @Test
    void text_that_is_not_a_uuid_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> SupervisorId.of("not-a-uuid"));
    }
}
