package org.pare.notification.preference.persistence;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.pare.messaging.micronaut.Sql;
import org.pare.notification.preference.domain.Preferences;
import org.pare.notification.preference.domain.QuietHours;

/**
 * Preferences per sign-in id. Someone who never chose gets the defaults: e-mail on, no digest, and the quiet hours
 * of {@code pare.notification.quiet-hours.*} (21:00 to 07:00 Europe/London unless configured).
 */
@Singleton
public class PreferencesStore {
    private final Sql sql;
    private final Preferences defaults;

    PreferencesStore(
            Sql sql,
            @Value("${pare.notification.quiet-hours.from:21:00}") String from,
            @Value("${pare.notification.quiet-hours.until:07:00}") String until,
            @Value("${pare.notification.quiet-hours.zone:Europe/London}") String zone) {
        this.sql = sql;
        this.defaults = new Preferences(
                true, new QuietHours(LocalTime.parse(from), LocalTime.parse(until), ZoneId.of(zone)), false);
    }

    public Preferences defaults() {
        return defaults;
    }

    public Preferences of(String loginId) {
        return sql.one(
                        """
                        SELECT email, quiet_from, quiet_until, time_zone, daily_digest
                        FROM preference WHERE login_id = ?""",
                        row -> new Preferences(
                                row.getBoolean(1),
                                new QuietHours(
                                        row.getObject(2, LocalTime.class),
                                        row.getObject(3, LocalTime.class),
                                        ZoneId.of(row.getString(4))),
                                row.getBoolean(5)),
                        loginId)
                .orElse(defaults);
    }

    public void save(String loginId, Preferences preferences) {
        QuietHours quiet = preferences.quietHours();
        sql.update(
                """
                INSERT INTO preference (login_id, email, quiet_from, quiet_until, time_zone, daily_digest)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (login_id) DO UPDATE SET email = EXCLUDED.email, quiet_from = EXCLUDED.quiet_from,
                    quiet_until = EXCLUDED.quiet_until, time_zone = EXCLUDED.time_zone,
                    daily_digest = EXCLUDED.daily_digest""",
                loginId,
                preferences.email(),
                quiet.from(),
                quiet.until(),
                quiet.zone().getId(),
                preferences.dailyDigest());
    }

    /** Everyone who chose a daily digest. */
    public List<String> digestReaders() {
        return sql.list(
                "SELECT login_id FROM preference WHERE daily_digest AND email ORDER BY login_id",
                row -> row.getString(1));
    }
}
