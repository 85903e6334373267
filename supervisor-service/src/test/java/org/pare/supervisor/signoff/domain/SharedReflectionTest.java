package org.pare.supervisor.signoff.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.supervisor.shared.domain.Refusal;
import org.pare.supervisor.signoff.domain.SharedReflection.Purpose;
import org.pare.supervisor.signoff.domain.SharedReflection.Signature;
import org.pare.supervisor.signoff.domain.SharedReflection.Status;

class SharedReflectionTest {
    static final UUID ME = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    static SharedReflection shared(Purpose purpose, Status status, Optional<Signature> signature) {
        return new SharedReflection(
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), ME, purpose, status, NOW, signature);
    }

    @Test
    void signing_off_gives_a_signature_of_the_caller_and_the_time() {
        var outcome = shared(Purpose.SIGN_OFF, Status.WAITING, Optional.empty()).signOff(NOW);

        assertThat(outcome.isNew()).isTrue();
        assertThat(outcome.signature()).isEqualTo(new Signature(ME, NOW));
    }

    @Test
    void signing_again_returns_the_first_signature_and_nothing_new() {
        Signature first = new Signature(ME, NOW.minusSeconds(60));

        var outcome =
                shared(Purpose.SIGN_OFF, Status.SIGNED_OFF, Optional.of(first)).signOff(NOW);

        assertThat(outcome.isNew()).isFalse();
        assertThat(outcome.signature()).isEqualTo(first);
    }

    @Test
    void a_reflection_signed_by_someone_else_is_locked() {
        var other = Optional.of(new Signature(UUID.randomUUID(), NOW));

        assertThatThrownBy(() -> shared(Purpose.SIGN_OFF, Status.CLOSED, other).signOff(NOW))
                .isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).kind())
                .isEqualTo(Refusal.Kind.CONFLICT);
        assertThatThrownBy(() -> shared(Purpose.SIGN_OFF, Status.CLOSED, other).returnable())
                .isInstanceOf(Refusal.class);
    }

    @Test
    void a_reflection_shared_for_feedback_cannot_be_signed_off() {
        assertThatThrownBy(() -> shared(Purpose.FEEDBACK, Status.WAITING, Optional.empty())
                        .signOff(NOW))
                .isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).kind())
                .isEqualTo(Refusal.Kind.UNPROCESSABLE);
    }

    @Test
    void a_reflection_shared_for_feedback_can_be_returned_once() {
        assertThat(shared(Purpose.FEEDBACK, Status.WAITING, Optional.empty()).returnable())
                .isTrue();
        assertThat(shared(Purpose.FEEDBACK, Status.RETURNED, Optional.empty()).returnable())
                .isFalse();
    }
}
