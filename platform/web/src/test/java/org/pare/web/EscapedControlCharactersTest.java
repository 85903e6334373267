package org.pare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EscapedControlCharactersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"title\": \"a\\u0000b\"}",
                "{\"title\": \"bell \\u0007\"}",
                "{\"title\": \"vertical tab \\u000B\"}",
                "{\"title\": \"escape \\u001B[31m\"}",
                "{\"title\": \"delete \\u007f\"}",
                "{\"title\": \"\\\\\\u0000 after an escaped backslash\"}",
                "{\"title\": \"at the very end \\u0000\"}"
            })
    void an_escaped_control_character_is_found(String json) {
        assertThat(EscapedControlCharacters.in(bytes(json))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"title\": \"tab\\tnew line\\nreturn\\r\"}",
                "{\"title\": \"\\u0009 \\u000a \\u000D\"}",
                "{\"title\": \"a backslash then text: \\\\u0000\"}",
                "{\"title\": \"caf\\u00e9 \\u0100 \\u0020 \\u0080\"}",
                "{\"title\": \"cut short \\u00\"}",
                "{\"title\": \"not hex \\u00zz\"}"
            })
    void tabs_line_breaks_other_characters_and_text_that_only_looks_like_an_escape_pass(String json) {
        assertThat(EscapedControlCharacters.in(bytes(json))).isFalse();
    }

    @Test
    void only_the_bytes_between_position_and_limit_are_read_and_both_are_left_as_they_were() {
        ByteBuffer buffer = bytes("\\u0000{\"title\": \"fine\"}\\u0000");
        buffer.position(6).limit(buffer.limit() - 6);

        assertThat(EscapedControlCharacters.in(buffer)).isFalse();
        assertThat(buffer.position()).isEqualTo(6);
    }

    private static ByteBuffer bytes(String json) {
        return ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
    }
}
