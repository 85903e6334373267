package org.pare.web;

import io.micronaut.http.MediaType;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.pare.testing.Tokens;

/**
 * Every secured route of a running service, found from its router (so a new endpoint is covered with no test
 * written for it), tried with each kind of bad token. The table of answers is written to {@code
 * target/security-matrix.md} for the test report.
 */
final class RouteSecurityMatrix {
    record Route(String method, String template, String consumes) {}

    record Row(Route route, Map<String, Integer> answers) {}

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final Map<String, Supplier<String>> attacks = new LinkedHashMap<>();

    RouteSecurityMatrix(URI base, Tokens tokens) {
        this.base = base;
        UUID org = UUID.randomUUID();
        attacks.put("no token", () -> null);
        attacks.put("expired", () -> tokens.expired("LEARNER", "matrix", org));
        attacks.put("wrong issuer", () -> tokens.wrongIssuer("LEARNER", "matrix", org));
        attacks.put("wrong audience", () -> tokens.wrongAudience("LEARNER", "matrix", org));
        attacks.put("alg none", () -> tokens.unsigned("LEARNER", "matrix", org));
        attacks.put("unknown key", () -> tokens.signedByUnknownKey("LEARNER", "matrix", org));
    }

    static List<Route> securedRoutes(Router router) {
        return router.uriRoutes()
                .filter(r -> r.getUriMatchTemplate().toString().startsWith("/api"))
                .filter(r -> !anonymous(r))
                .map(r -> new Route(
                        r.getHttpMethodName(),
                        r.getUriMatchTemplate().toString(),
                        r.getConsumes().isEmpty()
                                ? MediaType.APPLICATION_JSON
                                : r.getConsumes().get(0).toString()))
                .distinct()
                .sorted((a, b) -> (a.template() + a.method()).compareTo(b.template() + b.method()))
                .toList();
    }

    private static boolean anonymous(UriRouteInfo<?, ?> route) {
        String[] rules = route.getAnnotationMetadata().stringValues(Secured.class);
        return Arrays.asList(rules).contains(SecurityRule.IS_ANONYMOUS);
    }

    List<Row> run(List<Route> routes) throws IOException, InterruptedException {
        var rows = new ArrayList<Row>();
        for (Route route : routes) {
            var answers = new LinkedHashMap<String, Integer>();
            for (var attack : attacks.entrySet()) {
                answers.put(attack.getKey(), send(route, attack.getValue().get()));
            }
            rows.add(new Row(route, answers));
        }
        return rows;
    }

    private int send(Route route, String token) throws IOException, InterruptedException {
        String path = route.template()
                .replaceAll("\\{[?&][^}]*}", "")
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        var request = HttpRequest.newBuilder(base.resolve(path))
                .method(route.method(), HttpRequest.BodyPublishers.ofString("GET".equals(route.method()) ? "" : "{}"))
                .header("Content-Type", route.consumes());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    void write(List<Row> rows, Path file) throws IOException {
        var out = new StringBuilder("| method | route | " + String.join(" | ", attacks.keySet()) + " |\n");
        out.append("|---|---|").append("---|".repeat(attacks.size())).append('\n');
        for (Row row : rows) {
            out.append("| ")
                    .append(row.route().method())
                    .append(" | `")
                    .append(row.route().template())
                    .append("` | ");
            row.answers().values().forEach(code -> out.append(code).append(" | "));
            out.append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }
}
