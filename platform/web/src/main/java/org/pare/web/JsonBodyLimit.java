package org.pare.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import jakarta.inject.Singleton;
import org.zalando.problem.Problem;
import org.zalando.problem.Status;

/**
 * The largest JSON body a service's API takes ({@code pare.web.max-json-body-bytes}, 64 KB unless the service says
 * less). The server itself accepts more, so that files (allocation CSVs) fit. A JSON body declared larger is refused
 * with a 413 problem before it is read (this filter); one sent in chunks, with no length declared, is refused when
 * it has been read ({@link ControlCharacterRefusingJsonReader}), before it is bound.
 */
@Singleton
public final class JsonBodyLimit {
    private final long maxBytes;

    JsonBodyLimit(@Value("${pare.web.max-json-body-bytes:65536}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** @throws org.zalando.problem.ThrowableProblem 413 when {@code bytes} is over the limit */
    void check(long bytes) {
        if (bytes > maxBytes) {
            throw Problem.builder()
                    .withStatus(Status.REQUEST_ENTITY_TOO_LARGE)
                    .withTitle("Request body too large")
                    .withDetail("a request body may be at most " + maxBytes / 1024 + " KB")
                    .build();
        }
    }

    /** Refuses a JSON (or untyped) API body whose declared length is over the limit, before it is read. */
    @ServerFilter(
            value = "/api/**",
            methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH})
    static final class DeclaredLength {
        private final JsonBodyLimit limit;

        DeclaredLength(JsonBodyLimit limit) {
            this.limit = limit;
        }

        @RequestFilter
        void refuseOversized(HttpRequest<?> request) {
            boolean json = request.getContentType()
                    .map(type -> type.matches(MediaType.APPLICATION_JSON_TYPE))
                    .orElse(true);
            if (json) {
                limit.check(request.getContentLength());
            }
        }
    }
}
