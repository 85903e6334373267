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
import org.pare.evaluation.action.app.AgreeingAreaActions;
import org.pare.evaluation.action.app.PlanningAreaActions;
import org.pare.evaluation.shared.http.Caller;

/** Area action plans of the lead's trust, and the "you said, we did" lines a learner sees. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class ActionController {
    private final PlanningAreaActions planning;
    private final AgreeingAreaActions agreeing;

    ActionController(PlanningAreaActions planning, AgreeingAreaActions agreeing) {
        this.planning = planning;
        this.agreeing = agreeing;
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
        return ActionResponse.of(
                agreeing.withAgreements(planning.ofArea(Caller.of(me).trustOfLead(), areaId)));
    }

    @Put("/actions/{id}")
    @Secured("EDUCATION_LEAD")
    ActionResponse update(Authentication me, UUID id, @Body @Valid ActionRequest request) {
        var action = planning.update(Caller.of(me).trustOfLead(), id, request.terms());
        return ActionResponse.of(agreeing.withAgreements(List.of(action))).get(0);
    }

    @Get("/actions/overdue")
    @Secured("EDUCATION_LEAD")
    List<ActionResponse> overdue(Authentication me) {
        return ActionResponse.of(
                agreeing.withAgreements(planning.overdue(Caller.of(me).trustOfLead())));
    }

    @Get("/you-said-we-did")
    @Secured("LEARNER")
    YouSaidWeDid youSaidWeDid(Authentication me) {
        return new YouSaidWeDid(planning.youSaidWeDid(me.getName()));
    }
}
