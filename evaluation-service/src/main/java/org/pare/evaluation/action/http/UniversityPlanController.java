package org.pare.evaluation.action.http;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.pare.evaluation.action.app.AgreeingAreaActions;
import org.pare.evaluation.action.domain.Agreement;
import org.pare.evaluation.shared.domain.Refusal;
import org.pare.evaluation.shared.http.Caller;

/**
 * The university's side of area action plans, for its placement office (PLACEMENT_ADMIN, the token's {@code org}
 * being the university): the areas where it places learners, their plans, and its agreement or comment per action.
 */
@Controller("/api/university")
@Secured("PLACEMENT_ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class UniversityPlanController {
    private final AgreeingAreaActions agreeing;

    UniversityPlanController(AgreeingAreaActions agreeing) {
        this.agreeing = agreeing;
    }

    @Serdeable
    record AreaView(UUID id, String name, String trustName) {}

    @Serdeable
    record AgreementRequest(
            @NotNull Agreement.Decision decision,
            @io.micronaut.core.annotation.Nullable @Size(max = Agreement.MAX_COMMENT) String comment) {}

    @Get("/areas")
    List<AreaView> areas(Authentication me) {
        return agreeing.areas(university(me)).stream()
                .map(a -> new AreaView(a.areaId(), a.name(), a.trustName()))
                .toList();
    }

    @Get("/areas/{areaId}/actions")
    List<ActionResponse> plan(Authentication me, UUID areaId) {
        return ActionResponse.of(agreeing.plan(university(me), areaId));
    }

    @Post("/actions/{id}/agreement")
    ActionResponse agree(Authentication me, UUID id, @Body @Valid AgreementRequest request) {
        return ActionResponse.of(
                agreeing.agree(university(me), me.getName(), id, request.decision(), request.comment()));
    }

    private static UUID university(Authentication me) {
        var caller = Caller.of(me);
        if (caller.organisation() == null) {
            throw Refusal.forbidden("a placement office's token must name its university (claim org)");
        }
        return caller.organisation();
    }
}
