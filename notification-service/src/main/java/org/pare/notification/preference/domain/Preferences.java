package org.pare.notification.preference.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a person wants to be told. The inbox is always on; e-mail may be turned off, held in quiet hours, or
 * gathered into one daily digest instead of one e-mail per message.
 */
public record Preferences(boolean email, QuietHours quietHours, boolean dailyDigest) {
    public static final Preferences DEFAULT = new Preferences(true, QuietHours.DEFAULT, false);

    public Preferences {
        Objects.requireNonNull(quietHours, "quietHours");
    }

    /** When a single e-mail for a message created at {@code at} may go; empty when it must not (off, or digest). */
    public Optional<Instant> singleEmailAt(Instant at) {
        if (!email || dailyDigest) {
            return Optional.empty();
        }
        return Optional.of(quietHours.nextAllowed(at));
    }
}
