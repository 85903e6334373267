package org.pare.supervisor.concern.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.pare.supervisor.concern.app.ActingOnConcerns;
import org.pare.supervisor.concern.persistence.Concerns;
import org.pare.supervisor.events.ConcernCategory;
import org.pare.supervisor.events.ConcernResolved;

/** Raising a concern about a learner, reviewing its action plan and resolving it. */
@Controller("/api/concerns")
@Secured({"PRACTICE_SUPERVISOR", "PRACTICE_ASSESSOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ConcernController {
    private final ActingOnConcerns acting;

    ConcernController(ActingOnConcerns acting) {
        this.acting = acting;
    }

    @Serdeable
    record RaiseRequest(
            @NotNull UUID learnerId,
            @NotNull ConcernCategory category,
            @NotBlank @Size(max = 4000) String description,
            @NotBlank @Size(max = 4000) String actions,
            @NotBlank @Size(max = 2000) String supportOffered,
            @NotNull LocalDate reviewOn) {}

    @Serdeable
    record ReviewRequest(
            @NotBlank @Size(max = 4000) String notes,
            @Nullable @Size(max = 4000) String actions,
            @Nullable @Size(max = 2000) String supportOffered,
            @Nullable LocalDate nextReviewOn) {}

    @Serdeable
    record ResolveRequest(@NotNull ConcernResolved.Outcome outcome, @NotBlank @Size(max = 4000) String notes) {}

    @Serdeable
    record ConcernResponse(UUID concernId, UUID learnerId, String category, LocalDate reviewOn, Instant raisedAt) {}

    @Post
    HttpResponse<ConcernResponse> raise(Authentication me, @Body @Valid RaiseRequest r) {
        var plan = new ActingOnConcerns.Plan(r.description(), r.actions(), r.supportOffered(), r.reviewOn());
        var c = acting.raise(me.getName(), r.learnerId(), r.category(), plan);
        return HttpResponse.status(HttpStatus.CREATED)
                .body(new ConcernResponse(c.id(), c.learnerId(), c.category().name(), c.reviewOn(), c.raisedAt()));
    }

    @Post("/{id}/reviews")
    HttpResponse<?> review(Authentication me, UUID id, @Body @Valid ReviewRequest r) {
        acting.review(
                me.getName(),
                id,
                new Concerns.Review(
                        r.notes(), blankAsNull(r.actions()), blankAsNull(r.supportOffered()), r.nextReviewOn()));
        return HttpResponse.noContent();
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Post("/{id}/resolve")
    HttpResponse<?> resolve(Authentication me, UUID id, @Body @Valid ResolveRequest r) {
        acting.resolve(me.getName(), id, r.outcome(), r.notes());
        return HttpResponse.noContent();
    }
}
