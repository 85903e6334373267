package org.pare.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.pare.web.RouteSecurityMatrix.Cell;
import org.pare.web.RouteSecurityMatrix.Route;

/** The security matrix as a Markdown table for the test report; a cell that breaks its rule is marked ✗. */
final class MatrixReport {
    record Row(Route route, Map<String, Cell> cells) {}

    private MatrixReport() {}

    static void write(String service, List<String> columns, List<Row> rows, Path file) throws IOException {
        var out = new StringBuilder("# Security matrix: ").append(service).append("\n\n");
        out.append("Every secured `/api` route from the router. Codes are HTTP statuses; `– reason` means the column"
                + " does not apply or is covered elsewhere; ✗ marks an answer that breaks the rule. See"
                + " docs/security-tests.md.\n\n");
        out.append("| method | route | roles | ")
                .append(String.join(" | ", columns))
                .append(" |\n");
        out.append("|---|---|---|").append("---|".repeat(columns.size())).append('\n');
        for (Row row : rows) {
            Route route = row.route();
            out.append("| ")
                    .append(route.method())
                    .append(" | `")
                    .append(route.template())
                    .append("` | ");
            out.append(route.anyRole() ? "any" : String.join(", ", route.roles()))
                    .append(" | ");
            for (String column : columns) {
                Cell cell = row.cells().get(column);
                out.append(cell.ok() ? "" : "✗ ").append(escape(cell.text())).append(" | ");
            }
            out.append('\n');
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ").replace("`", "'");
    }
}
