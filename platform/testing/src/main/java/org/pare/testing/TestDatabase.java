package org.pare.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/** One test database: where it is and how to log in. */
public record TestDatabase(String jdbcUrl, String username, String password) {

    /**
     * A pooled data source, as a service has one: tests that open a connection per transaction would
     * otherwise measure connection set-up, not their own work. Each call makes a new pool.
     */
    public DataSource dataSource() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(username);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(0);
        config.setPoolName("test-" + jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1));
        return new HikariDataSource(config);
    }
}
