package org.pare.evaluation.shared.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.problem.HttpStatusType;
import jakarta.inject.Singleton;
import org.pare.evaluation.shared.domain.Refusal;
import org.zalando.problem.Problem;

/** Turns a refusal of the rules into a problem+json answer whose detail is the refusal's message. */
@Produces
@Singleton
@Requires(classes = {Refusal.class, ExceptionHandler.class})
class RefusalHandler implements ExceptionHandler<Refusal, HttpResponse<?>> {
    private final ErrorResponseProcessor<?> problems;

    RefusalHandler(ErrorResponseProcessor<?> problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, Refusal refusal) {
        HttpStatus status =
                switch (refusal.kind()) {
                    case INVALID -> HttpStatus.BAD_REQUEST;
                    case UNKNOWN_CALLER, FORBIDDEN -> HttpStatus.FORBIDDEN;
                    case NOT_FOUND -> HttpStatus.NOT_FOUND;
                    case CONFLICT -> HttpStatus.CONFLICT;
                };
        var problem = Problem.builder()
                .withTitle(status.getReason())
                .withStatus(new HttpStatusType(status))
                .withDetail(refusal.getMessage())
                .build();
        return problems.processResponse(
                ErrorContext.builder(request).cause(problem).build(), HttpResponse.status(status));
    }
}
