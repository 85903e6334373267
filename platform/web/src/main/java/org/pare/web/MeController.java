package org.pare.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;

/** One authenticated endpoint in every service, for token checks and page navigation. */
@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MeController {
    static final String ORGANISATION_CLAIM = "org";

    @Get
    Me me(Authentication authentication) {
        Object org = authentication.getAttributes().get(ORGANISATION_CLAIM);
        return new Me(
                authentication.getName(), List.copyOf(authentication.getRoles()), org == null ? null : org.toString());
    }
}
