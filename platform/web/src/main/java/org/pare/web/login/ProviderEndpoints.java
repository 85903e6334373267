package org.pare.web.login;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** The provider's authorization and token endpoints, read once from its discovery document. */
@Singleton
class ProviderEndpoints {
    record Endpoints(URI authorization, URI token) {}

    private final LoginSettings settings;
    private final JsonMapper json;
    private final HttpClient http;
    private volatile Endpoints endpoints;

    ProviderEndpoints(LoginSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        this.http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    HttpClient http() {
        return http;
    }

    Endpoints endpoints() throws IOException, InterruptedException {
        if (endpoints == null) {
            URI discovery = URI.create(settings.issuer().replaceAll("/+$", "") + "/.well-known/openid-configuration");
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(discovery)
                            .timeout(Duration.ofSeconds(5))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException("discovery at " + discovery + " answered " + response.statusCode());
            }
            Map<?, ?> document = json.readValue(response.body(), Map.class);
            endpoints = new Endpoints(URI.create((String) document.get("authorization_endpoint")), URI.create((String)
                    document.get("token_endpoint")));
        }
        return endpoints;
    }
}
