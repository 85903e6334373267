package org.pare.supervisor.feedback.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pare.supervisor.feedback.app.GivingFeedback;
import org.pare.supervisor.feedback.persistence.FeedbackRecords.Feedback;
import org.pare.supervisor.person.persistence.People;

/** Supervisors give feedback; learners read the feedback (with its text) they received. */
@Controller("/api/feedback")
@ExecuteOn(TaskExecutors.BLOCKING)
class FeedbackController {
    private final GivingFeedback giving;
    private final People people;

    FeedbackController(GivingFeedback giving, People people) {
        this.giving = giving;
        this.people = people;
    }

    @Serdeable
    record FeedbackRequest(
            @NotNull UUID learnerId,
            @NotEmpty @Size(max = 6) List<@NotBlank String> tags,
            @NotBlank @Size(max = 2000) String wentWell,
            @NotBlank @Size(max = 2000) String toDevelop,
            @Nullable UUID reflectionId) {}

    @Serdeable
    record FeedbackResponse(
            UUID feedbackId,
            UUID learnerId,
            UUID supervisorId,
            @Nullable String supervisorName,
            List<String> tags,
            String wentWell,
            String toDevelop,
            @Nullable UUID reflectionId,
            Instant givenAt) {}

    @Post
    @Secured({"PRACTICE_SUPERVISOR", "PRACTICE_ASSESSOR"})
    @Transactional
    public HttpResponse<FeedbackResponse> give(
            Authentication me,
            @Header("Idempotency-Key") @Nullable @Size(max = 100) String key,
            @Body @Valid FeedbackRequest r) {
        var given = giving.give(
                me.getName(),
                key,
                r.learnerId(),
                r.tags(),
                r.wentWell().strip(),
                r.toDevelop().strip(),
                r.reflectionId());
        return HttpResponse.status(given.isNew() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(response(given.feedback()));
    }

    @Get("/mine")
    @Secured("LEARNER")
    @Transactional(readOnly = true)
    public List<FeedbackResponse> mine(Authentication me) {
        return giving.receivedBy(me.getName()).stream().map(this::response).toList();
    }

    private FeedbackResponse response(Feedback f) {
        return new FeedbackResponse(
                f.id(),
                f.learnerId(),
                f.supervisorId(),
                people.name(f.supervisorId()).orElse(null),
                f.tags(),
                f.wentWell(),
                f.toDevelop(),
                f.reflectionId(),
                f.givenAt());
    }
}
