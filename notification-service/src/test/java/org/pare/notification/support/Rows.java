package org.pare.notification.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.pare.testing.TestDatabase;

/** Plain SQL on the service's test database, to look at what was written. */
public final class Rows {
    private final DataSource dataSource;

    Rows(Map<String, String> properties) {
        this.dataSource = new TestDatabase(
                        properties.get("datasources.default.url"),
                        properties.get("datasources.default.username"),
                        properties.get("datasources.default.password"))
                .dataSource();
    }

    public List<Map<String, Object>> list(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            if (!statement.execute()) {
                return List.of();
            }
            try (ResultSet rows = statement.getResultSet()) {
                List<Map<String, Object>> result = new ArrayList<>();
                while (rows.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                        row.put(rows.getMetaData().getColumnLabel(c), rows.getObject(c));
                    }
                    result.add(row);
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public long count(String sql, Object... parameters) {
        return ((Number) list(sql, parameters).get(0).values().iterator().next()).longValue();
    }

    public void update(String sql, Object... parameters) {
        list(sql, parameters);
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
