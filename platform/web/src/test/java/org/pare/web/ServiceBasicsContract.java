package org.pare.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.web.router.Router;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pare.testing.OidcProvider;

/**
 * What every PARE service must do, on top of refusing bad tokens: report health and metrics to its
 * operators without a token, and refuse every bad token on every secured API route. A service's IT extends
 * this once, so one context serves all checks.
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

    /**
     * The running service's router, so every secured route is tried with every kind of bad token; a service IT
     * returns {@code server.getApplicationContext().getBean(Router.class)}. Without it the matrix is skipped.
     */
    protected Router router() {
        return null;
    }

    @Test
    void every_secured_route_refuses_every_kind_of_bad_token() throws Exception {
        Assumptions.assumeTrue(router() != null, "the service IT does not give its router");
        var matrix = new RouteSecurityMatrix(baseUri(), OidcProvider.get().tokens());
        var routes = RouteSecurityMatrix.securedRoutes(router());

        var rows = matrix.run(routes);
        matrix.write(rows, Path.of("target", "security-matrix.md"));

        assertThat(routes).extracting(RouteSecurityMatrix.Route::template).anyMatch(t -> t.startsWith("/api/me"));
        assertThat(rows).allSatisfy(row -> assertThat(row.answers().values())
                .as("%s %s", row.route().method(), row.route().template())
                .containsOnly(401));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(baseUri().resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
