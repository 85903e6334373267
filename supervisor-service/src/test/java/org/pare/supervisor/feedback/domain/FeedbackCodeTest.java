package org.pare.supervisor.feedback.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FeedbackCodeTest {

    @Test
    void a_code_is_six_characters_without_look_alikes() {
        for (int i = 0; i < 1000; i++) {
            assertThat(FeedbackCode.random().value()).matches("[A-HJKMNP-Z2-9]{6}");
        }
    }

    @Test
    void codes_drawn_in_a_row_differ() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            seen.add(FeedbackCode.random().value());
        }
        assertThat(seen).hasSizeGreaterThan(995);
    }

    @Test
    void a_typed_code_ignores_case_spaces_and_dashes() {
        assertThat(FeedbackCode.typed(" abc-de f").map(FeedbackCode::value)).contains("ABCDEF");
        assertThat(FeedbackCode.typed("ab c2 34").map(FeedbackCode::value)).contains("ABC234");
    }

    @Test
    void text_that_cannot_be_a_code_is_refused_before_any_lookup() {
        assertThat(FeedbackCode.typed("ABC0O1")).isEmpty();
        assertThat(FeedbackCode.typed("ABCDEFG")).isEmpty();
        assertThat(FeedbackCode.typed(null)).isEmpty();
        assertThat(FeedbackCode.typed("'; DROP")).isEmpty();
    }

    @Test
    void only_a_hash_is_kept_and_it_is_stable() {
        var code = new FeedbackCode("ABC23X");

        assertThat(code.hash()).hasSize(64).doesNotContain("ABC23X").isEqualTo(new FeedbackCode("ABC23X").hash());
    }
}
