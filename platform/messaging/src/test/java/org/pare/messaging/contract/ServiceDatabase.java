package org.pare.messaging.contract;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * The service's own database, reached as its operator would: what its consumers recorded as processed, and a
 * stand-in for a consumer bug. The bug is a deferred trigger on {@code processed_event}: it fires at commit,
 * after the handler did its work, and fails the whole transaction for one event, as a bug in the handler would.
 */
final class ServiceDatabase {
    private final String url;
    private final String user;
    private final String password;

    ServiceDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    long processed(String consumer, UUID eventId) {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(
                        "SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?")) {
            s.setString(1, consumer);
            s.setObject(2, eventId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void awaitProcessed(String consumer, UUID eventId, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (processed(consumer, eventId) == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(consumer + " did not handle event " + eventId + " within " + wait);
            }
            Polling.pause();
        }
    }

    /** @return the bug's name, for {@link #fix} */
    String refuseAtCommit(String consumer, UUID eventId) {
        String name = "contract_bug_" + eventId.toString().replace("-", "");
        execute("CREATE FUNCTION " + name + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " RAISE EXCEPTION 'consumer bug: refuses event %', NEW.event_id; END $$");
        execute("CREATE CONSTRAINT TRIGGER " + name + " AFTER INSERT ON processed_event"
                + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
                + " WHEN (NEW.event_id = '" + eventId + "' AND NEW.consumer = '" + consumer.replace("'", "''") + "')"
                + " EXECUTE FUNCTION " + name + "()");
        return name;
    }

    void fix(String bug) {
        execute("DROP TRIGGER " + bug + " ON processed_event");
        execute("DROP FUNCTION " + bug + "()");
    }

    private void execute(String sql) {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
