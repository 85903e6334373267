package org.pare.notification.pages;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import org.pare.web.pages.StaticPages;

/**
 * The inbox, preferences and failed e-mails pages: skeletons with no personal data; their scripts fetch everything from the JSON API with the
 * reader's bearer token, so the pages themselves are open to anyone.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class PagesController {
    private final String inbox = StaticPages.read("notification/inbox.html");
    private final String preferences = StaticPages.read("notification/preferences.html");
    private final String failedEmails = StaticPages.read("notification/failed-emails.html");

    @Get
    HttpResponse<?> root() {
        return HttpResponse.seeOther(URI.create("/inbox"));
    }

    @Get("/inbox")
    @Produces(MediaType.TEXT_HTML)
    String inbox() {
        return inbox;
    }

    @Get("/preferences")
    @Produces(MediaType.TEXT_HTML)
    String preferences() {
        return preferences;
    }

    /** For education leads; the API behind it refuses everyone else. */
    @Get("/failed-emails")
    @Produces(MediaType.TEXT_HTML)
    String failedEmails() {
        return failedEmails;
    }
}
