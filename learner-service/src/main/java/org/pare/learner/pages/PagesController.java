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
    private final String allocations = page("allocations.html");
    private final String reflection = page("reflection.html");
    private final String serviceWorker = StaticPages.resource("/assets/learner/sw.js");

    @Get
    HttpResponse<?> root() {
        return HttpResponse.seeOther(URI.create("/learner"));
    }

    @Get("/learner")
    @Produces(MediaType.TEXT_HTML)
    String home() {
        return home;
    }

    /** One of the learner's reflections; the script reads it (and refuses others') through the API. */
    @Get("/learner/reflections/{id}")
    @Produces(MediaType.TEXT_HTML)
    String reflection(String id) {
        return reflection;
    }

    /** The placement office's allocation upload (the API checks the PLACEMENT_ADMIN role and university). */
    @Get("/admin/allocations")
    @Produces(MediaType.TEXT_HTML)
    String allocations() {
        return allocations;
    }

    /** The offline page shell's service worker, at the root so its scope covers every learner page. */
    @Get("/sw.js")
    HttpResponse<String> serviceWorker() {
        return HttpResponse.ok(serviceWorker).contentType("text/javascript").header("Cache-Control", "no-cache");
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
