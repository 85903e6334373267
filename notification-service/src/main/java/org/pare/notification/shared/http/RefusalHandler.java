package org.pare.notification.shared.http;

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
import org.pare.notification.shared.domain.Refusal;
import org.zalando.problem.Problem;
import org.zalando.problem.ThrowableProblem;

/** Turns a refusal of the rules into a problem+json answer. */
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
        HttpStatus status = refusal.kind() == Refusal.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        ThrowableProblem problem = Problem.builder()
                .withTitle(status.getReason())
                .withStatus(new HttpStatusType(status))
                .withDetail(refusal.getMessage())
                .build();
        ErrorContext context = ErrorContext.builder(request).cause(problem).build();
        return problems.processResponse(context, HttpResponse.status(status));
    }
}
