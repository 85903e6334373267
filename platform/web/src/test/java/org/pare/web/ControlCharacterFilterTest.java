package org.pare.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.exceptions.HttpStatusException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ControlCharacterFilterTest {
    private final ControlCharacterFilter filter = new ControlCharacterFilter();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"title\": \"a\\u0000b\"}",
                "{\"title\": \"bell \\u0007\"}",
                "{\"title\": \"escape \\u001B[31m\"}",
                "{\"title\": \"delete \\u007f\"}",
                "{\"title\": \"\\\\\\u0000 after an escaped backslash\"}"
            })
    void a_json_body_holding_an_escaped_control_character_is_refused_with_400(String body) {
        assertThatThrownBy(() -> filter.refuse(json(body), body))
                .isInstanceOf(HttpStatusException.class)
                .extracting(e -> ((HttpStatusException) e).getStatus())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"title\": \"tab\\tnew line\\nreturn\\r\"}",
                "{\"title\": \"\\u0009 \\u000a \\u000D\"}",
                "{\"title\": \"a backslash then text: \\\\u0000\"}",
                "{\"title\": \"caf\\u00e9 \\u0100\"}"
            })
    void tabs_line_breaks_other_characters_and_text_that_only_looks_like_an_escape_pass(String body) {
        assertThatCode(() -> filter.refuse(json(body), body)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/csv", "multipart/form-data"})
    void a_body_that_is_not_json_is_left_to_its_own_reader(String type) {
        String body = "name\na\\u0000b";
        var request = HttpRequest.POST("/api/x", body).contentType(type);

        assertThatCode(() -> filter.refuse(request, body)).doesNotThrowAnyException();
    }

    private static HttpRequest<?> json(String body) {
        return HttpRequest.POST("/api/x", body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
