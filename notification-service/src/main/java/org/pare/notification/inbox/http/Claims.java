package org.pare.notification.inbox.http;

import io.micronaut.security.authentication.Authentication;
import java.util.UUID;

/** The organisation claim ({@code org}): the trust of an education lead, the university of a placement admin. */
public final class Claims {
    public static final String ORGANISATION = "org";

    private Claims() {}

    /** @return null when the token has none, or one that is not an id */
    public static UUID organisation(Authentication me) {
        Object org = me.getAttributes().get(ORGANISATION);
        if (org == null) {
            return null;
        }
        try {
            return UUID.fromString(org.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
