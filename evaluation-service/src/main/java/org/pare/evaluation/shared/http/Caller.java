package org.pare.evaluation.shared.http;

import io.micronaut.security.authentication.Authentication;
import java.util.UUID;
import org.pare.evaluation.shared.domain.Refusal;

/** What the token says about the caller: login id, roles and organisation ({@code org} claim). */
public record Caller(String loginId, java.util.Collection<String> roles, UUID organisation) {
    public static final String ORGANISATION_CLAIM = "org";

    public static Caller of(Authentication authentication) {
        Object org = authentication.getAttributes().get(ORGANISATION_CLAIM);
        UUID organisation = null;
        try {
            organisation = org == null ? null : UUID.fromString(String.valueOf(org));
        } catch (IllegalArgumentException e) {
            // a malformed claim names no organisation
        }
        return new Caller(authentication.getName(), authentication.getRoles(), organisation);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** The education lead's trust; anyone else, or a lead whose token names no trust, is refused. */
    public UUID trustOfLead() {
        if (!has("EDUCATION_LEAD") || organisation == null) {
            throw Refusal.forbidden("only an education lead of a trust (claim org) may do this");
        }
        return organisation;
    }
}
