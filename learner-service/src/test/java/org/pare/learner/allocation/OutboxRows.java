package org.pare.learner.allocation;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads what a test's actions wrote: outbox events and table counts, straight from the database. */
public final class OutboxRows {
    public record Event(String type, String key, String payload, boolean published) {}

    private final Map<String, String> properties;

    /** @param properties the service's test properties, naming its database */
    public OutboxRows(Map<String, String> properties) {
        this.properties = Map.copyOf(properties);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(
                properties.get("datasources.default.url"),
                properties.get("datasources.default.username"),
                properties.get("datasources.default.password"));
    }

    /** Events whose body mentions {@code marker} (each test tags its names and logins). */
    public List<Event> mentioning(String marker) {
        return events(
                "SELECT event_type, event_key, payload::text AS body, published_at IS NOT NULL AS sent"
                        + " FROM outbox_event WHERE payload::text LIKE ? ORDER BY seq",
                "%" + marker + "%");
    }

    public List<Event> ofType(String type) {
        return events(
                "SELECT event_type, event_key, payload::text AS body, published_at IS NOT NULL AS sent"
                        + " FROM outbox_event WHERE event_type = ? ORDER BY seq",
                type);
    }

    public long count(String sql, Object... parameters) {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Event> events(String sql, String parameter) {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            List<Event> events = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    events.add(new Event(
                            rows.getString("event_type"),
                            rows.getString("event_key"),
                            rows.getString("body"),
                            rows.getBoolean("sent")));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
