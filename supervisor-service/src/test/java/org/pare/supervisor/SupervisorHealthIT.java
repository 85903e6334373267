package org.pare.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pare.testing.ServiceTestProperties;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisorHealthIT implements TestPropertyProvider {
    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("supervisor");
    }

    @Test
    void health_is_up_without_a_token() throws Exception {
        HttpResponse<String> response = get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheus_metrics_are_served_without_a_token() throws Exception {
        HttpResponse<String> response = get("/prometheus");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(server.getURI().resolve(path)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
