package org.pare.system.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.pare.testing.Postgres;

/** Direct SQL on the shared server, for what no API offers: cutting a service's connections. */
final class Databases {
    private Databases() {}

    static int terminateConnections(Postgres postgres, String database) {
        try (Connection admin = DriverManager.getConnection(
                        postgres.jdbcUrl("postgres"), postgres.username(), postgres.password());
                var terminate = admin.prepareStatement("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                        + " WHERE datname = ? AND pid <> pg_backend_pid()")) {
            terminate.setString(1, database);
            var rows = terminate.executeQuery();
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not terminate the connections to " + database, e);
        }
    }
}
