package org.pare.messaging;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and upgrades the platform's own tables ({@code outbox_event}, {@code processed_event}) in a
 * service's database. It keeps its own Flyway history table so its versions never collide with the
 * service's migrations.
 */
public final class MessagingSchema {
    public static final String HISTORY_TABLE = "flyway_pare_messaging_history";

    private MessagingSchema() {}

    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/pare-messaging")
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
