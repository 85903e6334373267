package org.pare.web.pages;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * Every service's sign-in page. Pages keep the bearer token in the tab's sessionStorage (see
 * /assets/pare/session.js), so each service's origin signs in on its own.
 */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
class LoginController {
    private final String login = StaticPages.read("login.html");

    @Get
    @Produces(MediaType.TEXT_HTML)
    String login() {
        return login;
    }
}
