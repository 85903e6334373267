package org.pare.evaluation.action.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.pare.evaluation.action.app.PlanningAreaActions;
import org.pare.evaluation.shared.http.Caller;

/** Area action plans of the lead's trust, and the "you said, we did" lines a learner sees. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class ActionController {
    private final PlanningAreaActions planning;

    ActionController(PlanningAreaActions planning) {
        this.planning = planning;
    }

    @Serdeable
    record YouSaidWeDid(List<String> lines) {}

    @Post("/areas/{areaId}/actions")
    @Secured("EDUCATION_LEAD")
    HttpResponse<ActionResponse> create(Authentication me, UUID areaId, @Body @Valid ActionRequest request) {
        var action = planning.create(Caller.of(me).trustOfLead(), areaId, request.terms());
        return HttpResponse.status(HttpStatus.CREATED).body(ActionResponse.of(action));
    }

    @Get("/areas/{areaId}/actions")
    @Secured("EDUCATION_LEAD")
    List<ActionResponse> ofArea(Authentication me, UUID areaId) {
        return planning.ofArea(Caller.of(me).trustOfLead(), areaId).stream()
                .map(ActionResponse::of)
                .toList();
    }

    @Put("/actions/{id}")
    @Secured("EDUCATION_LEAD")
    ActionResponse update(Authentication me, UUID id, @Body @Valid ActionRequest request) {
        return ActionResponse.of(planning.update(Caller.of(me).trustOfLead(), id, request.terms()));
    }

    @Get("/actions/overdue")
    @Secured("EDUCATION_LEAD")
    List<ActionResponse> overdue(Authentication me) {
        return planning.overdue(Caller.of(me).trustOfLead()).stream()
                .map(ActionResponse::of)
                .toList();
    }

    @Get("/you-said-we-did")
    @Secured("LEARNER")
    YouSaidWeDid youSaidWeDid(Authentication me) {
        return new YouSaidWeDid(planning.youSaidWeDid(me.getName()));
    }
}
