package org.pare.learner.person.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonIdTest {
    @Test
    void random_ids_are_distinct() {
        assertThat(PersonId.random()).isNotEqualTo(PersonId.random());
    }

    @Test
    void ids_with_the_same_value_are_equal() {
        UUID value = UUID.randomUUID();

        assertThat(new PersonId(value)).isEqualTo(new PersonId(value));
        assertThat(new PersonId(value)).hasToString(value.toString());
    }

    @Test
    void an_id_needs_a_value() {
        assertThatNullPointerException().isThrownBy(() -> new PersonId(null));
    }
}
