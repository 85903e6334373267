package org.pare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What every PARE service must do, on top of refusing bad tokens: report health and metrics to its
 * operators without a token. A service's IT extends this once, so one context serves all checks.
 */
public abstract class ServiceBasicsContract extends BearerTokenRefusalsContract {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void health_is_up_without_a_token() throws Exception {
        HttpResponse<String> response = get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheus_metrics_including_the_outbox_are_served_without_a_token() throws Exception {
        HttpResponse<String> response = get("/prometheus");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes").contains("pare_outbox_pending");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(baseUri().resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
