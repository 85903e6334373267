package org.pare.learner.allocation.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.pare.learner.allocation.app.InvalidAllocationException;
import org.pare.learner.allocation.app.MalformedCsvException;

/** Rejected uploads answer 400 application/problem+json listing every bad row. */
final class AllocationErrorHandlers {
    static final MediaType PROBLEM = MediaType.of("application/problem+json");

    private AllocationErrorHandlers() {}

    @Singleton
    @Produces("application/problem+json")
    @Requires(classes = InvalidAllocationException.class)
    static class Invalid implements ExceptionHandler<InvalidAllocationException, HttpResponse<AllocationProblem>> {
        @Override
        public HttpResponse<AllocationProblem> handle(HttpRequest request, InvalidAllocationException e) {
            return HttpResponse.badRequest(AllocationProblem.invalid(e.problems()))
                    .contentType(PROBLEM);
        }
    }

    @Singleton
    @Produces("application/problem+json")
    @Requires(classes = MalformedCsvException.class)
    static class Malformed implements ExceptionHandler<MalformedCsvException, HttpResponse<AllocationProblem>> {
        @Override
        public HttpResponse<AllocationProblem> handle(HttpRequest request, MalformedCsvException e) {
            return HttpResponse.badRequest(AllocationProblem.malformed(e.getMessage()))
                    .contentType(PROBLEM);
        }
    }
}
