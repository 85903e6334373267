package org.pare.learner.pulse.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.learner.person.domain.PersonId;

class PulseTest {
    static Pulse aPulse(Integer mood, String note) {
        return new Pulse(
                UUID.randomUUID(),
                PersonId.random(),
                LocalDate.now(),
                true,
                false,
                true,
                mood,
                note,
                true,
                Instant.now());
    }

    @Test
    void the_recorded_event_carries_the_answers_and_the_contact_request_but_not_the_note() {
        var event = aPulse(3, "my private note").recorded();

        assertThat(event.toString()).doesNotContain("my private note");
        assertThat(event.hadWhatTheyNeeded()).isFalse();
        assertThat(event.contactRequested()).isTrue();
        assertThat(event.mood()).isEqualTo(3);
    }

    @Test
    void a_mood_outside_one_to_five_is_refused() {
        assertThatThrownBy(() -> aPulse(6, null)).hasMessageStartingWith("mood");
        assertThatThrownBy(() -> aPulse(0, null)).hasMessageStartingWith("mood");
    }

    @Test
    void a_note_over_1000_characters_is_refused() {
        assertThatThrownBy(() -> aPulse(null, "n".repeat(1001))).hasMessageStartingWith("note");
    }
}
