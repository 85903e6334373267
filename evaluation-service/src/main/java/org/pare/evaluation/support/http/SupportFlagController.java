package org.pare.evaluation.support.http;

import io.micronaut.core.annotation.Nullable;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.pare.evaluation.shared.http.Caller;
import org.pare.evaluation.support.app.HandlingSupportFlags;
import org.pare.evaluation.support.domain.Thresholds;

/** Support flags for the education lead (own trust) and the academic assessor (own learners). */
@Controller("/api/support-flags")
@Secured({"EDUCATION_LEAD", "ACADEMIC_ASSESSOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
class SupportFlagController {
    private final HandlingSupportFlags handling;

    SupportFlagController(HandlingSupportFlags handling) {
        this.handling = handling;
    }

    @Serdeable
    record NoteRequest(@NotBlank @Size(max = 2000) String note) {}

    @Serdeable
    record AssignRequest(
            @NotBlank @Size(max = 200) String assignee,
            @Nullable @Size(max = 200) String contact,
            @NotBlank @Size(max = 2000) String note) {}

    @Serdeable
    record ThresholdsRequest(
            int pulseNoAnswers,
            int pulseLowCheckins,
            int pulseWindow,
            int inactivityDays,
            int signOffPendingDays,
            @Nullable Integer environmentBottomPercent) {}

    @Get
    List<FlagResponse> open(Authentication me) {
        return handling.open(Caller.of(me)).stream().map(FlagResponse::of).toList();
    }

    @Post("/{id}/acknowledge")
    FlagResponse acknowledge(Authentication me, UUID id, @Body @Valid NoteRequest request) {
        return FlagResponse.of(handling.act(Caller.of(me), id, "ACKNOWLEDGED", request.note(), f -> f.acknowledged()));
    }

    @Post("/{id}/assign")
    FlagResponse assign(Authentication me, UUID id, @Body @Valid AssignRequest request) {
        String contact = request.contact() == null ? request.assignee() : request.contact();
        return FlagResponse.of(handling.act(
                Caller.of(me), id, "ASSIGNED", request.note(), f -> f.assigned(request.assignee(), contact)));
    }

    @Post("/{id}/close")
    FlagResponse close(Authentication me, UUID id, @Body @Valid NoteRequest request) {
        return FlagResponse.of(handling.act(Caller.of(me), id, "CLOSED", request.note(), f -> f.closed()));
    }

    @Get("/thresholds")
    @Secured("EDUCATION_LEAD")
    Thresholds thresholds(Authentication me) {
        return handling.thresholds(Caller.of(me));
    }

    @Put("/thresholds")
    @Secured("EDUCATION_LEAD")
    Thresholds changeThresholds(Authentication me, @Body ThresholdsRequest r) {
        return handling.changeThresholds(
                Caller.of(me),
                new Thresholds(
                        r.pulseNoAnswers(),
                        r.pulseLowCheckins(),
                        r.pulseWindow(),
                        r.inactivityDays(),
                        r.signOffPendingDays(),
                        r.environmentBottomPercent() == null
                                ? Thresholds.DEFAULT_ENVIRONMENT_BOTTOM_PERCENT
                                : r.environmentBottomPercent()));
    }
}
