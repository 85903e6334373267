package org.pare.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Where each service's pages are, so a page can link to (or call) another service's: {@code pare.links.*}, set by
 * LEARNER_URL, SUPERVISOR_URL, EVALUATION_URL and NOTIFICATION_URL. Addresses only, open to anyone.
 */
@Controller("/api/links")
@Secured(SecurityRule.IS_ANONYMOUS)
class LinksController {
    @Serdeable
    record Links(String learner, String supervisor, String evaluation, String notification) {}

    private final Links links;

    LinksController(
            @Value("${pare.links.learner:`http://localhost:8081`}") String learner,
            @Value("${pare.links.supervisor:`http://localhost:8082`}") String supervisor,
            @Value("${pare.links.evaluation:`http://localhost:8083`}") String evaluation,
            @Value("${pare.links.notification:`http://localhost:8084`}") String notification) {
        this.links = new Links(trim(learner), trim(supervisor), trim(evaluation), trim(notification));
    }

    @Get
    Links links() {
        return links;
    }

    private static String trim(String url) {
        return url.replaceAll("/+$", "");
    }
}
