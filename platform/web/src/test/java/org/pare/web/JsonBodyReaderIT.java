package org.pare.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pare.testing.OidcProvider;

/** JSON bodies are checked for their size and for escaped control characters where they are read, once, for binding. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonBodyReaderIT implements TestPropertyProvider {
    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties =
                new java.util.HashMap<>(OidcProvider.get().micronautProperties());
        properties.put("pare.web.max-json-body-bytes", "4096");
        return properties;
    }

    @Test
    void a_body_over_the_limit_is_refused_with_413_whether_its_length_is_declared_or_it_comes_in_chunks()
            throws Exception {
        String oversized = "{\"title\": \"" + "x".repeat(5_000) + "\", \"tags\": []}";

        var declared = post(oversized);
        var chunked = http.send(chunked(oversized), HttpResponse.BodyHandlers.ofString());

        for (var response : List.of(declared, chunked)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("at most 4 KB");
        }
    }

    @Test
    void a_body_within_the_limit_sent_in_chunks_is_read_whole() throws Exception {
        String title = "y".repeat(3_000);

        var response = http.send(
                chunked("{\"title\": \"" + title + "\", \"tags\": [\"a\"]}"), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(title + "|a");
    }

    @Test
    void an_escaped_control_character_in_any_field_is_refused_with_a_400_problem() throws Exception {
        var inTitle = post("{\"title\": \"a\\u0000b\", \"tags\": []}");
        var inList = post("{\"title\": \"fine\", \"tags\": [\"ok\", \"bell\\u0007\"]}");

        for (var response : List.of(inTitle, inList)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains(ControlCharacterRefusingJsonReader.PROBLEM);
        }
    }

    @Test
    void tabs_line_breaks_and_a_backslash_before_u_reach_the_controller_as_written() throws Exception {
        var response = post("{\"title\": \"tab\\there\\nand \\\\u0000 as text\", \"tags\": [\"caf\\u00e9\"]}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("tab\there\nand \\u0000 as text|café");
    }

    @Test
    void many_bodies_at_once_are_each_read_and_bound_whole() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String body = "{\"title\": \"note " + i + "\", \"tags\": [\"t" + i + "\"]}";
            sent.add(http.sendAsync(request(body), HttpResponse.BodyHandlers.ofString()));
        }
        for (int i = 0; i < sent.size(); i++) {
            var response = sent.get(i).get();
            assertThat(response.statusCode()).as("request %d", i).isEqualTo(200);
            assertThat(response.body()).isEqualTo("note " + i + "|t" + i);
        }
    }

    private HttpResponse<String> post(String json) throws Exception {
        return http.send(request(json), HttpResponse.BodyHandlers.ofString());
    }

    /** No Content-Length: the JDK client sends a body from a stream in chunks. */
    private HttpRequest chunked(String json) {
        byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(server.getURI() + "/api/echo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))
                .build();
    }

    private HttpRequest request(String json) {
        return HttpRequest.newBuilder(URI.create(server.getURI() + "/api/echo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    @Serdeable
    record Note(String title, List<String> tags) {}

    @Controller("/api/echo")
    @Secured(SecurityRule.IS_ANONYMOUS)
    static class EchoController {
        @Post(produces = "text/plain")
        String echo(@Body Note note) {
            return note.title() + "|" + String.join(",", note.tags());
        }
    }
}
