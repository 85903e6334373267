package org.pare.web.login;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The two legs of the authorization-code flow that talk to the provider. */
@Singleton
class SigningIn {
    private final LoginSettings settings;
    private final ProviderEndpoints provider;
    private final JsonMapper json;

    SigningIn(LoginSettings settings, ProviderEndpoints provider, JsonMapper json) {
        this.settings = settings;
        this.provider = provider;
        this.json = json;
    }

    URI authorizationUrl(LoginAttempt attempt, URI callback) throws IOException, InterruptedException {
        var query = new LinkedHashMap<String, String>();
        query.put("response_type", "code");
        query.put("client_id", settings.clientId());
        query.put("redirect_uri", callback.toString());
        query.put("scope", settings.scope());
        query.put("state", attempt.state());
        query.put("code_challenge", attempt.challenge());
        query.put("code_challenge_method", "S256");
        return URI.create(provider.endpoints().authorization() + "?" + form(query));
    }

    /** Exchanges the code for the access token the APIs accept. */
    String exchange(String code, LoginAttempt attempt, URI callback) throws IOException, InterruptedException {
        var body = new LinkedHashMap<String, String>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", callback.toString());
        body.put("client_id", settings.clientId());
        body.put("code_verifier", attempt.verifier());
        body.put("scope", settings.scope());
        if (!settings.clientSecret().isBlank()) {
            body.put("client_secret", settings.clientSecret());
        }
        HttpResponse<byte[]> response = provider.http()
                .send(
                        HttpRequest.newBuilder(provider.endpoints().token())
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header("Accept", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(form(body)))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("token endpoint answered " + response.statusCode());
        }
        Object token = json.readValue(response.body(), Map.class).get("access_token");
        if (!(token instanceof String accessToken) || accessToken.isBlank()) {
            throw new IOException("token endpoint gave no access_token");
        }
        return accessToken;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
