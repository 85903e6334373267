package org.pare.supervisor.interview.http;

import io.micronaut.core.annotation.Nullable;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pare.supervisor.interview.app.HoldingInterviews;
import org.pare.supervisor.interview.persistence.Interviews.Interview;

/** Interviews due for a practice assessor, held by them and confirmed by the learner. */
@Controller("/api/interviews")
@ExecuteOn(TaskExecutors.BLOCKING)
class InterviewController {
    private final HoldingInterviews holding;

    InterviewController(HoldingInterviews holding) {
        this.holding = holding;
    }

    @Serdeable
    record CompleteRequest(@NotBlank @Size(max = 8000) String notes, @NotBlank @Size(max = 4000) String goals) {}

    @Serdeable
    record InterviewResponse(
            UUID interviewId,
            UUID placementId,
            UUID learnerId,
            String learnerName,
            @Nullable String assessorName,
            @Nullable String areaName,
            String kind,
            LocalDate dueOn,
            @Nullable String notes,
            @Nullable String goals,
            @Nullable Instant completedAt,
            @Nullable Instant learnerConfirmedAt) {
        static InterviewResponse of(HoldingInterviews.Seen seen) {
            Interview i = seen.interview();
            return new InterviewResponse(
                    i.id(),
                    i.placementId(),
                    i.learnerId(),
                    seen.learnerName(),
                    seen.assessorName(),
                    seen.areaName(),
                    i.kind().name(),
                    i.dueOn(),
                    i.notes(),
                    i.goals(),
                    i.completedAt(),
                    i.learnerConfirmedAt());
        }
    }

    @Get
    @Secured("PRACTICE_ASSESSOR")
    List<InterviewResponse> due(Authentication me) {
        return holding.dueForAssessor(me.getName()).stream()
                .map(InterviewResponse::of)
                .toList();
    }

    @Get("/mine")
    @Secured("LEARNER")
    List<InterviewResponse> mine(Authentication me) {
        return holding.ofLearner(me.getName()).stream()
                .map(InterviewResponse::of)
                .toList();
    }

    @Get("/{id}")
    @Secured({"PRACTICE_ASSESSOR", "LEARNER"})
    InterviewResponse one(Authentication me, UUID id) {
        return InterviewResponse.of(holding.one(me.getName(), id));
    }

    @Post("/{id}/complete")
    @Secured("PRACTICE_ASSESSOR")
    InterviewResponse complete(Authentication me, UUID id, @Body @Valid CompleteRequest request) {
        holding.complete(me.getName(), id, request.notes(), request.goals());
        return InterviewResponse.of(holding.one(me.getName(), id));
    }

    @Post("/{id}/confirm")
    @Secured("LEARNER")
    InterviewResponse confirm(Authentication me, UUID id) {
        holding.confirm(me.getName(), id);
        return InterviewResponse.of(holding.one(me.getName(), id));
    }
}
