package org.pare.learner.reflection.http;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import org.pare.learner.reflection.app.TemplateCatalogue;

/** The reflection templates on offer; data, so pages never hard-code a question. */
@Controller("/api/reflection-templates")
@Secured(SecurityRule.IS_AUTHENTICATED)
class TemplateController {
    private final TemplateCatalogue templates;

    TemplateController(TemplateCatalogue templates) {
        this.templates = templates;
    }

    @Get
    List<TemplateResponse> all() {
        return templates.all().stream().map(TemplateResponse::of).toList();
    }
}
