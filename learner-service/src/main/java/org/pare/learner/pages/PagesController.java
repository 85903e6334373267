package org.pare.learner.pages;

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
 * The learner's pages: server-sent skeletons that hold no personal data. Their scripts fetch everything from the
 * JSON API with the learner's bearer token, so the pages themselves are open to anyone.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class PagesController {
    private final String home = page("home.html");
    private final String capture = page("capture.html");

    @Get
    HttpResponse<?> root() {
        return HttpResponse.seeOther(URI.create("/learner"));
    }

    @Get("/learner")
    @Produces(MediaType.TEXT_HTML)
    String home() {
        return home;
    }

    @Get("/learner/capture")
    @Produces(MediaType.TEXT_HTML)
    String capture() {
        return capture;
    }

    private static String page(String name) {
        return StaticPages.read(name);
    }
}
