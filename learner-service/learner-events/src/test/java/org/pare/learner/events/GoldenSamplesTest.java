package org.pare.learner.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.testing.GoldenSamples.sample;
import static org.pare.testing.GoldenSamples.sampleAs;
import static org.pare.testing.GoldenSamples.serialised;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published contract: each event record reads and writes exactly its golden sample. */
class GoldenSamplesTest {
    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of(PlacementAllocated.TYPE, EventSamples.placementAllocated()),
                Arguments.of(PlacementChanged.TYPE, EventSamples.placementChanged()),
                Arguments.of(PlacementCompleted.TYPE, EventSamples.placementCompleted()),
                Arguments.of(PersonRegistered.TYPE, EventSamples.personRegistered()),
                Arguments.of(PersonChanged.TYPE, EventSamples.personChanged()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void an_event_serialises_to_its_golden_sample(String type, Object event) {
        assertThat(serialised(event)).isEqualTo(sample(type));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void the_golden_sample_reads_back_as_the_same_event(String type, Object event) {
        assertThat(sampleAs(type, event.getClass())).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void the_type_names_the_service_the_event_and_its_version(String type, Object event) {
        assertThat(type).isEqualTo("pare.learner." + event.getClass().getSimpleName() + ".v1");
    }
}
