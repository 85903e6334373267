package org.pare.web;

import io.micronaut.web.router.Router;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.pare.testing.Tokens;
import org.pare.web.MatrixReport.Row;

/** One run of the whole matrix over a service's routes, with the database's row counts around the bad bodies. */
record SecurityMatrixRun(
        List<String> badTokenColumns,
        List<Row> rows,
        Map<String, Long> rowsBeforeAbuse,
        Map<String, Long> rowsAfterAbuse) {

    static SecurityMatrixRun of(
            URI base, Tokens tokens, Router router, MatrixSpec spec, Supplier<Map<String, Long>> counts) {
        var badTokens = new RouteSecurityMatrix(base, tokens);
        var roles = new RoleColumns(base, tokens, spec);
        var abuse = new AbuseColumns(base, tokens, spec);
        var routes = RouteSecurityMatrix.securedRoutes(router);
        var cells = new LinkedHashMap<RouteSecurityMatrix.Route, Map<String, RouteSecurityMatrix.Cell>>();
        for (var route : routes) {
            var row = new LinkedHashMap<>(badTokens.badTokens(route));
            row.putAll(roles.cells(route));
            cells.put(route, row);
        }
        Map<String, Long> before = counts.get();
        cells.forEach((route, row) -> row.putAll(abuse.cells(route)));
        Map<String, Long> after = counts.get();
        cells.forEach((route, row) -> row.put(AbuseColumns.AS_OWNER, abuse.asOwner(route)));
        var rows = new ArrayList<Row>();
        cells.forEach((route, row) -> rows.add(new Row(route, row)));
        return new SecurityMatrixRun(badTokens.columns(), rows, before, after);
    }

    List<String> columns() {
        var all = new ArrayList<>(badTokenColumns);
        all.addAll(RoleColumns.COLUMNS);
        all.addAll(AbuseColumns.COLUMNS);
        all.add(AbuseColumns.AS_OWNER);
        return all;
    }
}
