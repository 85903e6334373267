package org.pare.supervisor.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.testing.GoldenSamples.sample;
import static org.pare.testing.GoldenSamples.sampleAs;
import static org.pare.testing.GoldenSamples.serialised;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SupervisorEventsContractTest {
    static final UUID REFLECTION = UUID.fromString("7a1c3f0e-2b4d-4e6f-8a9b-0c1d2e3f4a5b");
    static final UUID LEARNER = UUID.fromString("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9");
    static final UUID SUPERVISOR = UUID.fromString("9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a");
    static final UUID OTHER = UUID.fromString("5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f");
    static final Instant AT = Instant.parse("2026-11-20T14:03:07Z");

    @Test
    void reflection_signed_off_is_written_as_its_golden_sample() {
        var event = new ReflectionSignedOff(REFLECTION, LEARNER, SUPERVISOR, AT);

        assertThat(serialised(event)).isEqualTo(sample(ReflectionSignedOff.TYPE));
        assertThat(sampleAs(ReflectionSignedOff.TYPE, ReflectionSignedOff.class))
                .isEqualTo(event);
    }

    @Test
    void reflection_returned_is_written_as_its_golden_sample() {
        var event = new ReflectionReturned(REFLECTION, LEARNER, SUPERVISOR, OTHER, AT);

        assertThat(serialised(event)).isEqualTo(sample(ReflectionReturned.TYPE));
        assertThat(sampleAs(ReflectionReturned.TYPE, ReflectionReturned.class)).isEqualTo(event);
    }

    @Test
    void feedback_given_is_written_as_its_golden_sample() {
        var event = new FeedbackGiven(OTHER, LEARNER, SUPERVISOR, List.of("communication", "safety"), REFLECTION, AT);

        assertThat(serialised(event)).isEqualTo(sample(FeedbackGiven.TYPE));
        assertThat(sampleAs(FeedbackGiven.TYPE, FeedbackGiven.class)).isEqualTo(event);
    }

    @Test
    void every_type_follows_the_naming_rule() {
        assertThat(List.of(ReflectionSignedOff.TYPE, ReflectionReturned.TYPE, FeedbackGiven.TYPE))
                .allMatch(t -> t.matches("pare\\.supervisor\\.[A-Z][A-Za-z]+\\.v[1-9]"));
    }
}
