package org.pare.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pare.testing.Tokens;
import org.pare.web.RouteSecurityMatrix.Cell;
import org.pare.web.RouteSecurityMatrix.Route;

/**
 * Valid tokens that must still be refused: a role the route does not allow (403 or 404), an allowed role held by a
 * person the service does not know, in an organisation of its own, asking for random ids (403 or 404; where the
 * service says the route shows the caller's own things, also 2xx or 400), and someone else's real object (404).
 */
final class RoleColumns {
    static final List<String> COLUMNS = List.of("wrong role", "allowed role, stranger", "someone else's object");
    private static final Set<Integer> REFUSED = Set.of(403, 404);
    private static final Set<Integer> OWN = Set.of(200, 204, 400, 403, 404);

    private final URI base;
    private final Tokens tokens;
    private final MatrixSpec spec;

    RoleColumns(URI base, Tokens tokens, MatrixSpec spec) {
        this.base = base;
        this.tokens = tokens;
        this.spec = spec;
    }

    Map<String, Cell> cells(Route route) {
        var cells = new LinkedHashMap<String, Cell>();
        cells.put(COLUMNS.get(0), wrongRole(route));
        cells.put(COLUMNS.get(1), stranger(route));
        cells.put(COLUMNS.get(2), othersObject(route));
        return cells;
    }

    private Cell wrongRole(Route route) {
        if (route.anyRole()) {
            return Cell.notApplicable("any signed-in role");
        }
        List<String> refused = RouteSecurityMatrix.ROLES.stream()
                .filter(r -> !route.roles().contains(r))
                .toList();
        return summary(route, refused, REFUSED);
    }

    private Cell stranger(Route route) {
        if (route.jsonBody() && !spec.samples.containsKey(route.key())) {
            return new Cell("no sample body given", false);
        }
        String own = spec.ownScope.get(route.specKey());
        Cell cell = summary(route, List.copyOf(route.roles()), own != null ? OWN : REFUSED);
        return own == null || !cell.ok() ? cell : new Cell(cell.text() + " (own: " + own + ")", true);
    }

    private Cell othersObject(Route route) {
        var intrusion = spec.intrusions.get(route.specKey());
        if (intrusion != null) {
            var answer = MatrixCall.send(base, route, intrusion.path(), intrusion.token(), intrusion.body());
            return Cell.of(answer.status(), Set.of(404));
        }
        if (spec.reasons.containsKey(route.specKey())) {
            return Cell.notApplicable(spec.reasons.get(route.specKey()));
        }
        return route.hasObjectId() ? new Cell("no fixture given", false) : Cell.notApplicable("no object id");
    }

    /** Each role tried once; one code when all agree, else each role with its code. */
    private Cell summary(Route route, List<String> roles, Set<Integer> expected) {
        var codes = new LinkedHashMap<String, Integer>();
        for (String role : roles) {
            String token = tokens.forRole(role, "matrix-" + UUID.randomUUID(), UUID.randomUUID());
            String body = spec.samples.get(route.key());
            codes.put(
                    role,
                    MatrixCall.send(base, route, MatrixCall.randomPath(route.template()), token, body)
                            .status());
        }
        boolean ok = expected.containsAll(codes.values());
        if (codes.values().stream().distinct().count() == 1) {
            return new Cell(codes.values().iterator().next() + " (" + roles.size() + " roles)", ok);
        }
        var text = new StringBuilder();
        codes.forEach((role, code) -> text.append(role).append(' ').append(code).append("; "));
        return new Cell(text.toString().trim(), ok);
    }
}
