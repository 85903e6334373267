package org.pare.system.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import org.pare.system.harness.Http;

/** One person at the system's public API: their own bearer token, and the answer they would see. */
public record Actor(String login, String token) {

    public JsonNode get(String url) {
        return ok(Http.get(url, token), "GET " + url);
    }

    Http.Answer getAnswer(String url) {
        return Http.get(url, token);
    }

    JsonNode post(String url, Object body) {
        return ok(Http.post(url, token, body == null ? "" : body), "POST " + url);
    }

    Http.Answer postAnswer(String url, Object body) {
        return Http.post(url, token, body == null ? "" : body);
    }

    JsonNode put(String url, Object body) {
        return ok(Http.put(url, token, body), "PUT " + url);
    }

    JsonNode postCsv(String url, String csv) {
        var answer = Http.send(Http.request(url, token)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .build());
        return ok(answer, "POST " + url);
    }

    private JsonNode ok(Http.Answer answer, String what) {
        assertThat(answer.status())
                .as(login + ": " + what + " answered " + answer.body())
                .isBetween(200, 299);
        return answer.body().isBlank() ? null : answer.json();
    }
}
