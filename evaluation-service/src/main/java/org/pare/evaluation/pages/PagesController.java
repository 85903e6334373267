package org.pare.evaluation.pages;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.util.UUID;
import org.pare.web.pages.StaticPages;

/**
 * The learner's evaluation pages (phone first), the education lead's dashboard (desktop first) and the placement
 * office's area action plans (phone first): skeletons with no
 * personal data, whose scripts read everything from the JSON API with the bearer token.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class PagesController {
    private final String list = StaticPages.read("evaluation/list.html");
    private final String form = StaticPages.read("evaluation/form.html");
    private final String dashboard = StaticPages.read("evaluation/dashboard.html");
    private final String university = StaticPages.read("evaluation/university.html");

    @Get
    HttpResponse<?> root() {
        return HttpResponse.seeOther(URI.create("/dashboard"));
    }

    @Get("/evaluation")
    @Produces(MediaType.TEXT_HTML)
    String list() {
        return list;
    }

    /** The placement office's page for agreeing the area action plans of the areas where it places learners. */
    @Get("/evaluation/university")
    @Produces(MediaType.TEXT_HTML)
    String university() {
        return university;
    }

    @Get("/evaluation/{id}")
    @Produces(MediaType.TEXT_HTML)
    String form(UUID id) {
        return form;
    }

    @Get("/dashboard")
    @Produces(MediaType.TEXT_HTML)
    String dashboard() {
        return dashboard;
    }
}
