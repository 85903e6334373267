package org.pare.notification.preference.domain;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Hours in which no e-mail is sent; e-mail due then is held until they end. {@code from} may be after {@code
 * until} (21:00 to 07:00 spans midnight); equal times mean no quiet hours.
 */
public record QuietHours(LocalTime from, LocalTime until, ZoneId zone) {
    public static final QuietHours DEFAULT =
            new QuietHours(LocalTime.of(21, 0), LocalTime.of(7, 0), ZoneId.of("Europe/London"));

    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(zone, "zone");
    }

    /** The first moment at or after {@code at} outside quiet hours. */
    public Instant nextAllowed(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (!isQuiet(time)) {
            return at;
        }
        boolean endsTomorrow = from.isAfter(until) && !time.isBefore(from);
        return ZonedDateTime.of(local.toLocalDate().plusDays(endsTomorrow ? 1 : 0), until, zone)
                .toInstant();
    }

    public boolean isQuiet(LocalTime time) {
        if (from.equals(until)) {
            return false;
        }
        if (from.isBefore(until)) {
            return !time.isBefore(from) && time.isBefore(until);
        }
        return !time.isBefore(from) || time.isBefore(until);
    }
}
