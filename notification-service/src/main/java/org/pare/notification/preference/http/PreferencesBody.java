package org.pare.notification.preference.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.time.ZoneId;
import org.pare.notification.preference.domain.Preferences;
import org.pare.notification.preference.domain.QuietHours;
import org.pare.notification.shared.domain.Refusal;

/**
 * Channels, quiet hours and digest. The inbox is always on. Quiet hours are "HH:mm" in {@code timeZone} (default
 * Europe/London); the same time twice means none.
 */
@Serdeable
record PreferencesBody(
        @NotNull Boolean email,
        @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be a time like 21:00")
                String quietFrom,
        @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):[0-5][0-9]", message = "must be a time like 07:00")
                String quietUntil,
        @Nullable @Size(max = 64) String timeZone,
        @NotNull Boolean dailyDigest) {

    static PreferencesBody of(Preferences p) {
        QuietHours quiet = p.quietHours();
        return new PreferencesBody(
                p.email(),
                quiet.from().toString(),
                quiet.until().toString(),
                quiet.zone().getId(),
                p.dailyDigest());
    }

    Preferences toPreferences() {
        return new Preferences(
                email, new QuietHours(LocalTime.parse(quietFrom), LocalTime.parse(quietUntil), zone()), dailyDigest);
    }

    private ZoneId zone() {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneId.of("Europe/London");
        }
        try {
            return ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            throw Refusal.invalid("timeZone", "is not a known time zone");
        }
    }
}
