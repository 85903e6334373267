package org.pare.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The number of rows in every table of the service's schema, to see that a refused request wrote nothing. */
final class TableCounts {
    private TableCounts() {}

    static Map<String, Long> of(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                        + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
                        + " AND table_name <> 'flyway_schema_history'")) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            try (var statement = connection.createStatement();
                    var result = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
                result.next();
                counts.put(table, result.getLong(1));
            }
        }
        return counts;
    }
}
