package org.pare.supervisor.shared.http;

import io.micronaut.security.authentication.Authentication;
import java.util.UUID;
import org.pare.supervisor.shared.domain.Refusal;

/** The organisation a token speaks for (its {@code org} claim): the trust, for an education lead. */
public final class Organisation {
    private Organisation() {}

    public static UUID of(Authentication me) {
        Object org = me.getAttributes().get("org");
        try {
            return UUID.fromString(String.valueOf(org));
        } catch (IllegalArgumentException e) {
            throw Refusal.forbidden("your token names no organisation");
        }
    }
}
