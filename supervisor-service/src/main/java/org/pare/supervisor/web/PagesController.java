package org.pare.supervisor.web;

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
 * The supervisor's pages and the learner's feedback-code and interviews pages: skeletons with no personal data. Their scripts
 * fetch everything from the JSON API with the bearer token, so the pages themselves are open to anyone.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class PagesController {
    private final String home = StaticPages.read("supervisor/home.html");
    private final String feedback = StaticPages.read("supervisor/feedback.html");
    private final String reflection = StaticPages.read("supervisor/reflection.html");
    private final String concern = StaticPages.read("supervisor/concern.html");
    private final String feedbackCode = StaticPages.read("supervisor/feedback-code.html");
    private final String interview = StaticPages.read("supervisor/interview.html");
    private final String learnerInterviews = StaticPages.read("supervisor/learner-interviews.html");
    private final String concerns = StaticPages.read("supervisor/concerns.html");
    private final String concernDetail = StaticPages.read("supervisor/concern-detail.html");

    @Get
    HttpResponse<?> root() {
        return HttpResponse.seeOther(URI.create("/supervisor"));
    }

    @Get("/supervisor")
    @Produces(MediaType.TEXT_HTML)
    String home() {
        return home;
    }

    @Get("/supervisor/feedback")
    @Produces(MediaType.TEXT_HTML)
    String feedback() {
        return feedback;
    }

    @Get("/supervisor/reflections/{id}")
    @Produces(MediaType.TEXT_HTML)
    String reflection(String id) {
        return reflection;
    }

    @Get("/supervisor/concern")
    @Produces(MediaType.TEXT_HTML)
    String concern() {
        return concern;
    }

    @Get("/supervisor/concerns")
    @Produces(MediaType.TEXT_HTML)
    String concerns() {
        return concerns;
    }

    @Get("/supervisor/concerns/{id}")
    @Produces(MediaType.TEXT_HTML)
    String concernDetail(String id) {
        return concernDetail;
    }

    @Get("/supervisor/interviews/{id}")
    @Produces(MediaType.TEXT_HTML)
    String interview(String id) {
        return interview;
    }

    /** The learner's interviews, to read and confirm; linked from the feedback-code page. */
    @Get("/interviews")
    @Produces(MediaType.TEXT_HTML)
    String learnerInterviews() {
        return learnerInterviews;
    }

    @Get("/feedback-code")
    @Produces(MediaType.TEXT_HTML)
    String feedbackCode() {
        return feedbackCode;
    }
}
