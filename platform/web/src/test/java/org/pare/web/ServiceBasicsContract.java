package org.pare.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.web.router.Router;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pare.testing.OidcProvider;

/**
 * What every PARE service must do, on top of refusing bad tokens: report health and metrics to its operators
 * without a token, and answer the security matrix (every secured API route, read from the router, against bad
 * tokens, wrong roles, strangers, someone else's objects and bad bodies). A service's IT extends this once, so one
 * context serves all checks; the table is written to {@code target/security-matrix.md}.
 */
public abstract class ServiceBasicsContract extends BearerTokenRefusalsContract {
    private final HttpClient http = HttpClient.newHttpClient();
    private SecurityMatrixRun run;

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
     * The running service's context ({@code server.getApplicationContext()}): its router, so every secured route is
     * tried; its database, to prove refused bodies wrote nothing.
     */
    protected abstract ApplicationContext context();

    /** Sample bodies, own-scope routes and someone else's objects for the matrix (see {@link MatrixSpec}). */
    protected MatrixSpec securityMatrix() {
        return new MatrixSpec(64 * 1024);
    }

    @Test
    void every_secured_route_refuses_every_kind_of_bad_token() throws Exception {
        var matrix = matrix();

        assertThat(matrix.rows()).extracting(r -> r.route().template()).anyMatch(t -> t.startsWith("/api/me"));
        assertColumns(matrix, matrix.badTokenColumns());
    }

    @Test
    void every_secured_route_refuses_roles_it_does_not_allow_strangers_and_someone_elses_objects() throws Exception {
        assertColumns(matrix(), RoleColumns.COLUMNS);
    }

    @Test
    void every_json_route_refuses_bad_bodies_with_a_problem_and_writes_nothing() throws Exception {
        var matrix = matrix();

        assertColumns(matrix, AbuseColumns.COLUMNS);
        assertThat(matrix.rowsAfterAbuse()).isEqualTo(matrix.rowsBeforeAbuse());
        assertColumns(matrix, List.of(AbuseColumns.AS_OWNER));
    }

    private SecurityMatrixRun matrix() throws Exception {
        if (run == null) {
            run = SecurityMatrixRun.of(
                    baseUri(),
                    OidcProvider.get().tokens(),
                    context().getBean(Router.class),
                    securityMatrix(),
                    this::counts);
            MatrixReport.write(
                    baseUri().toString(), run.columns(), run.rows(), Path.of("target", "security-matrix.md"));
        }
        return run;
    }

    private static void assertColumns(SecurityMatrixRun matrix, List<String> columns) {
        assertThat(matrix.rows())
                .allSatisfy(row -> columns.forEach(
                        column -> assertThat(row.cells().get(column).ok())
                                .as(
                                        "%s %s — %s: %s",
                                        row.route().method(),
                                        row.route().template(),
                                        column,
                                        row.cells().get(column))
                                .isTrue()));
    }

    private Map<String, Long> counts() {
        try (Connection connection = DriverManager.getConnection(
                context().getRequiredProperty("datasources.default.url", String.class),
                context()
                        .getProperty("datasources.default.username", String.class)
                        .orElse(""),
                context()
                        .getProperty("datasources.default.password", String.class)
                        .orElse(""))) {
            return TableCounts.of(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(baseUri().resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
