package org.pare.evaluation.invitation.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.pare.evaluation.invitation.app.AnsweringEvaluation;
import org.pare.evaluation.invitation.app.SubmittingEvaluation;

/** The learner's evaluations: list, open with the draft, save the draft, send. Others' are 404. */
@Controller("/api/evaluations")
@Secured("LEARNER")
@ExecuteOn(TaskExecutors.BLOCKING)
class EvaluationController {
    private final AnsweringEvaluation answering;
    private final SubmittingEvaluation submitting;

    EvaluationController(AnsweringEvaluation answering, SubmittingEvaluation submitting) {
        this.answering = answering;
        this.submitting = submitting;
    }

    @Get
    List<EvaluationResponse> mine(Authentication me) {
        return answering.mine(me.getName()).stream()
                .map(EvaluationResponse::listed)
                .toList();
    }

    @Get("/{id}")
    EvaluationResponse open(Authentication me, UUID id) {
        return EvaluationResponse.opened(answering.open(me.getName(), id));
    }

    @Put("/{id}/draft")
    HttpResponse<?> saveDraft(Authentication me, UUID id, @Body @Valid AnswersRequest request) {
        answering.saveDraft(me.getName(), id, request.toAnswers());
        return HttpResponse.noContent();
    }

    @Post("/{id}/submit")
    HttpResponse<?> submit(Authentication me, UUID id, @Body @Valid AnswersRequest request) {
        submitting.submit(me.getName(), id, request.toAnswers());
        return HttpResponse.noContent();
    }
}
