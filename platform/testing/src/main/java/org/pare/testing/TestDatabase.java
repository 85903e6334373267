package org.pare.testing;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** One test database: where it is and how to log in. */
public record TestDatabase(String jdbcUrl, String username, String password) {

    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl);
        dataSource.setUser(username);
        dataSource.setPassword(password);
        return dataSource;
    }
}
