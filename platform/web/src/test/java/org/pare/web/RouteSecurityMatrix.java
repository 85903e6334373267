package org.pare.web;

import io.micronaut.http.MediaType;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.pare.testing.Tokens;

/**
 * Every secured route of a running service, found from its router (so a new endpoint is covered with no test
 * written for it), tried with each kind of bad token. {@link RoleColumns} and {@link AbuseColumns} add the
 * other columns; {@link MatrixReport} writes the table to {@code target/security-matrix.md}.
 */
final class RouteSecurityMatrix {
    /** The roles PARE gives (domain brief); a route names those allowed, or any signed-in person. */
    static final List<String> ROLES = List.of(
            "LEARNER",
            "PRACTICE_SUPERVISOR",
            "PRACTICE_ASSESSOR",
            "ACADEMIC_ASSESSOR",
            "EDUCATION_LEAD",
            "PLACEMENT_ADMIN");

    /** A route as the router has it; {@code roles} are those its {@code @Secured} allows. */
    record Route(String method, String template, String consumes, Set<String> roles, boolean jsonBody) {
        String key() {
            return method + " " + template;
        }

        /** The key a service's {@link MatrixSpec} uses: the router answers HEAD with the GET route's code. */
        String specKey() {
            return ("HEAD".equals(method) ? "GET" : method) + " " + template;
        }

        boolean anyRole() {
            return roles.containsAll(ROLES);
        }

        boolean hasObjectId() {
            return template.matches(".*\\{[^?&][^}]*}.*");
        }
    }

    /** One cell of the table: what was answered, and whether that is what the rule asks. */
    record Cell(String text, boolean ok) {
        static Cell of(int status, Set<Integer> expected) {
            return new Cell(String.valueOf(status), expected.contains(status));
        }

        static Cell notApplicable(String why) {
            return new Cell("– " + why, true);
        }
    }

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
                .filter(r -> !allowed(r).contains(SecurityRule.IS_ANONYMOUS))
                .map(r -> new Route(
                        r.getHttpMethodName(),
                        r.getUriMatchTemplate().toString(),
                        r.getConsumes().isEmpty()
                                ? MediaType.APPLICATION_JSON
                                : r.getConsumes().get(0).toString(),
                        roles(r),
                        r.getRequestBodyType().isPresent()
                                && (r.getConsumes().isEmpty() || r.doesConsume(MediaType.APPLICATION_JSON_TYPE))))
                .distinct()
                .sorted((a, b) -> (a.template() + a.method()).compareTo(b.template() + b.method()))
                .toList();
    }

    /** As Micronaut's own rule reads it: a method's {@code @Secured} replaces its class's. */
    private static List<String> allowed(UriRouteInfo<?, ?> route) {
        return Arrays.asList(route.getAnnotationMetadata()
                .getValue(Secured.class, String[].class)
                .orElse(new String[0]));
    }

    private static Set<String> roles(UriRouteInfo<?, ?> route) {
        List<String> allowed = allowed(route);
        if (allowed.contains(SecurityRule.IS_AUTHENTICATED)) {
            return new TreeSet<>(ROLES);
        }
        return new TreeSet<>(allowed.stream().filter(ROLES::contains).toList());
    }

    List<String> columns() {
        return List.copyOf(attacks.keySet());
    }

    Map<String, Cell> badTokens(Route route) {
        var cells = new LinkedHashMap<String, Cell>();
        for (var attack : attacks.entrySet()) {
            var answer = MatrixCall.send(
                    base,
                    route,
                    MatrixCall.randomPath(route.template()),
                    attack.getValue().get(),
                    null);
            cells.put(attack.getKey(), Cell.of(answer.status(), Set.of(401)));
        }
        return cells;
    }
}
