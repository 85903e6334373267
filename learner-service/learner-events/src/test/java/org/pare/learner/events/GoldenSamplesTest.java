package org.pare.learner.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published contract: each event record reads and writes exactly its golden sample. */
class GoldenSamplesTest {
    private static final ObjectMapper JSON = ObjectMapper.getDefault();

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
    void an_event_serialises_to_its_golden_sample(String type, Object event) throws IOException {
        JsonNode expected = JSON.readValue(sample(type), JsonNode.class);

        JsonNode actual = JSON.readValue(JSON.writeValueAsBytes(event), JsonNode.class);

        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void the_golden_sample_reads_back_as_the_same_event(String type, Object event) throws IOException {
        Object read = JSON.readValue(sample(type), event.getClass());

        assertThat(read).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void the_type_names_the_service_the_event_and_its_version(String type, Object event) {
        assertThat(type).isEqualTo("pare.learner." + event.getClass().getSimpleName() + ".v1");
    }

    private static byte[] sample(String type) throws IOException {
        String file = "/samples/" + type.substring("pare.learner.".length()) + ".json";
        try (InputStream in = GoldenSamplesTest.class.getResourceAsStream(file)) {
            assertThat(in).as("sample " + file).isNotNull();
            return in.readAllBytes();
        }
    }
}
