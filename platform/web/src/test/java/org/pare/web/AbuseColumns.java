package org.pare.web;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.pare.testing.Tokens;
import org.pare.web.RouteSecurityMatrix.Cell;
import org.pare.web.RouteSecurityMatrix.Route;

/**
 * Bad bodies on every route taking JSON, sent with a valid token of an allowed role: each must get a 4xx
 * problem+json that names no Java class and shows no stack trace. Validation runs before the use case, so what is
 * refused here never reaches the database ({@link ServiceBasicsContract} counts the rows to prove it).
 */
final class AbuseColumns {
    static final List<String> COLUMNS =
            List.of("malformed JSON", "wrong types", "over the body limit", "very long strings", "control characters");
    static final String AS_OWNER = "control characters, as the owner";
    private static final String CONTROL = "a\u0000b\u0007c\u001b[31m";
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private final URI base;
    private final Tokens tokens;
    private final MatrixSpec spec;

    AbuseColumns(URI base, Tokens tokens, MatrixSpec spec) {
        this.base = base;
        this.tokens = tokens;
        this.spec = spec;
    }

    Map<String, Cell> cells(Route route) {
        var cells = new LinkedHashMap<String, Cell>();
        String sample = spec.samples.get(route.key());
        if (!route.jsonBody() || sample == null) {
            String why = route.jsonBody() ? "no sample body given" : "no JSON body";
            COLUMNS.forEach(c -> cells.put(c, route.jsonBody() ? new Cell(why, false) : Cell.notApplicable(why)));
            return cells;
        }
        Map<String, Object> fields = parse(sample);
        String longText = "x".repeat(Math.min(10_000, spec.bodyLimitBytes / 2));
        cells.put(COLUMNS.get(0), tried(route, List.of(sample.substring(0, sample.length() - 1) + ",\""), Set.of(400)));
        cells.put(COLUMNS.get(1), tried(route, wrongTypes(fields), Set.of(400)));
        cells.put(COLUMNS.get(2), tried(route, List.of(oversized(spec.bodyLimitBytes + 1)), Set.of(413)));
        cells.put(COLUMNS.get(3), tried(route, eachString(fields, v -> longText), Set.of(400)));
        cells.put(COLUMNS.get(4), tried(route, eachString(fields, v -> CONTROL), Set.of(400, 403, 404, 409, 422)));
        return cells;
    }

    /** Control characters sent by the owner of a real object, after the row counts: refused, or stored (2xx). */
    Cell asOwner(Route route) {
        var owner = spec.owners.get(route.key());
        String sample = spec.samples.get(route.key());
        if (!route.jsonBody() || sample == null) {
            return Cell.notApplicable("no JSON body");
        }
        if (owner == null) {
            return Cell.notApplicable("not tried as the owner");
        }
        var bodies = eachString(parse(owner.body() != null ? owner.body() : sample), v -> CONTROL);
        return tried(route, owner.path(), owner.token(), bodies, Set.of(200, 201, 204, 400, 409, 422));
    }

    private Cell tried(Route route, List<String> bodies, Set<Integer> expected) {
        String role = route.roles().iterator().next();
        String token = tokens.forRole(role, "abuser-" + UUID.randomUUID(), UUID.randomUUID());
        return tried(route, MatrixCall.randomPath(route.template()), token, bodies, expected);
    }

    private Cell tried(Route route, String path, String token, List<String> bodies, Set<Integer> expected) {
        if (bodies.isEmpty()) {
            return Cell.notApplicable("no such field");
        }
        var bad = new ArrayList<String>();
        var codes = new java.util.TreeSet<Integer>();
        for (String body : bodies) {
            var answer = MatrixCall.send(base, route, path, token, body);
            codes.add(answer.status());
            boolean problem = answer.status() < 400 || cleanProblem(answer);
            if (!expected.contains(answer.status()) || !problem) {
                bad.add(answer.status() + " " + answer.contentType() + " for " + abbreviate(body));
            }
        }
        String text = codes + " ×" + bodies.size();
        return bad.isEmpty() ? new Cell(text, true) : new Cell(text + ": " + String.join("; ", bad), false);
    }

    /** A problem+json body with nothing of the implementation in it. */
    static boolean cleanProblem(MatrixCall.Answer answer) {
        return answer.contentType().startsWith("application/problem+json")
                && !answer.body()
                        .matches("(?s).*(Exception|\\bat (org|io|java|com)\\.|stackTrace|"
                                + "io\\.micronaut|com\\.fasterxml|org\\.postgresql|java\\.lang|SQLState).*");
    }

    private static List<String> wrongTypes(Map<String, Object> fields) {
        var bodies = new ArrayList<>(List.of("[]", "\"text\"", "42", "null"));
        for (var field : fields.entrySet()) {
            var changed = new LinkedHashMap<>(fields);
            changed.put(field.getKey(), wrongKindFor(field.getValue()));
            bodies.add(write(changed));
        }
        return bodies;
    }

    private static Object wrongKindFor(Object value) {
        // not a string for a boolean: Micronaut Serialization reads any string as a boolean (see security-tests.md)
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return Map.of("nested", List.of(1, 2));
        }
        return 42;
    }

    private static List<String> eachString(Map<String, Object> fields, Function<String, String> change) {
        var bodies = new ArrayList<String>();
        fields.forEach((name, value) -> {
            if (value instanceof String s) {
                var changed = new LinkedHashMap<>(fields);
                changed.put(name, change.apply(s));
                bodies.add(write(changed));
            }
        });
        return bodies;
    }

    private static String oversized(int bytes) {
        String prefix = "{\"padding\":\"";
        return prefix + "x".repeat(bytes - prefix.length() - 2) + "\"}";
    }

    private static String abbreviate(String body) {
        return body.length() > 60 ? body.substring(0, 60) + "…(" + body.length() + " chars)" : body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
