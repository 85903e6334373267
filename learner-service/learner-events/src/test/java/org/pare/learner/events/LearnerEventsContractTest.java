package org.pare.learner.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.testing.GoldenSamples.sample;
import static org.pare.testing.GoldenSamples.sampleAs;
import static org.pare.testing.GoldenSamples.serialised;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LearnerEventsContractTest {
    static final UUID REFLECTION = UUID.fromString("7a1c3f0e-2b4d-4e6f-8a9b-0c1d2e3f4a5b");
    static final UUID LEARNER = UUID.fromString("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9");
    static final UUID PLACEMENT = UUID.fromString("3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f");
    static final UUID SUPERVISOR = UUID.fromString("9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a");
    static final Instant AT = Instant.parse("2026-11-20T14:03:07Z");

    @Test
    void reflection_submitted_is_written_as_its_golden_sample() {
        var event = new ReflectionSubmitted(REFLECTION, LEARNER, "quick-capture", 1, null, AT);

        assertThat(serialised(event)).isEqualTo(sample(ReflectionSubmitted.TYPE));
        assertThat(sampleAs(ReflectionSubmitted.TYPE, ReflectionSubmitted.class))
                .isEqualTo(event);
    }

    @Test
    void reflection_shared_is_written_as_its_golden_sample() {
        var event = new ReflectionShared(
                REFLECTION, LEARNER, PLACEMENT, List.of(SUPERVISOR), AT, ReflectionShared.Purpose.SIGN_OFF);

        assertThat(serialised(event)).isEqualTo(sample(ReflectionShared.TYPE));
        assertThat(sampleAs(ReflectionShared.TYPE, ReflectionShared.class)).isEqualTo(event);
    }

    @Test
    void pulse_recorded_is_written_as_its_golden_sample() {
        var event =
                new PulseRecorded(REFLECTION, LEARNER, LocalDate.parse("2026-11-20"), true, false, true, 4, true, AT);

        assertThat(serialised(event)).isEqualTo(sample(PulseRecorded.TYPE));
        assertThat(sampleAs(PulseRecorded.TYPE, PulseRecorded.class)).isEqualTo(event);
    }

    @Test
    void every_type_follows_the_naming_rule() {
        assertThat(List.of(ReflectionSubmitted.TYPE, ReflectionShared.TYPE, PulseRecorded.TYPE))
                .allMatch(t -> t.matches("pare\\.learner\\.[A-Z][A-Za-z]+\\.v[1-9]"));
    }
}
