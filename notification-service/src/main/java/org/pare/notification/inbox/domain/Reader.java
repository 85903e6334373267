package org.pare.notification.inbox.domain;

import java.util.List;
import java.util.UUID;

/**
 * Someone reading their inbox, with every way a message may be addressed to them: their sign-in id, their person
 * id (when the directory knows them) and the roles they hold in their organisation.
 */
public record Reader(String loginId, UUID personId, UUID organisationId, List<String> roles) {
    public Reader {
        if (loginId == null || loginId.isBlank()) {
            throw new IllegalArgumentException("a reader has a login id");
        }
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
