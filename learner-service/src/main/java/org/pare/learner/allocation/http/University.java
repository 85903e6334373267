package org.pare.learner.allocation.http;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.authentication.Authentication;
import java.util.UUID;

/** The admin's university, from the token's {@code org} claim; without one, an admin may do nothing. */
final class University {
    static final String CLAIM = "org";

    private University() {}

    static UUID of(Authentication admin) {
        Object org = admin.getAttributes().get(CLAIM);
        try {
            return UUID.fromString(String.valueOf(org));
        } catch (IllegalArgumentException e) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "the token names no university (claim org)");
        }
    }
}
