package org.pare.notification.inbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageIdTest {
    @Test
    void random_ids_are_distinct() {
        assertThat(MessageId.random()).isNotEqualTo(MessageId.random());
    }

    @Test
    void ids_with_the_same_value_are_equal() {
        UUID value = UUID.randomUUID();

        assertThat(new MessageId(value)).isEqualTo(new MessageId(value));
        assertThat(new MessageId(value)).hasToString(value.toString());
    }

    @Test
    void an_id_needs_a_value() {
        assertThatNullPointerException().isThrownBy(() -> new MessageId(null));
    }
}
