package org.pare.notification.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pare.testing.OidcProvider;

/** The service's HTTP API as a browser would call it. */
public final class Api {
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final JsonMapper json;

    public Api(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    public static String token(String role, String loginId, UUID organisation) {
        return OidcProvider.get().tokens().forRole(role, loginId, organisation);
    }

    public static String tokenFor(Fixtures.Person person, String role) {
        return token(role, person.loginId(), UUID.randomUUID());
    }

    public HttpResponse<String> send(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        request.header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String token) {
        return send("GET", path, token, null);
    }

    public Map<String, Object> body(HttpResponse<String> response) {
        try {
            return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException(response.body(), e);
        }
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> messages(String token) {
        HttpResponse<String> response = get("/api/inbox", token);
        if (response.statusCode() != 200) {
            throw new AssertionError("inbox: " + response.statusCode() + " " + response.body());
        }
        return (List<Map<String, Object>>) body(response).get("messages");
    }
}
