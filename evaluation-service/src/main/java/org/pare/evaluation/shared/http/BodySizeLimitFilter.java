package org.pare.evaluation.shared.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.HttpStatusException;

/**
 * No API body here is large (a whole evaluation with a comment on every theme is under 20 KB), so anything
 * above 64 KB is refused with 413 before it is read.
 */
@ServerFilter("/api/**")
class BodySizeLimitFilter {
    static final long MAX_BODY_BYTES = 64 * 1024;

    @RequestFilter
    void limit(HttpRequest<?> request) {
        if (request.getContentLength() > MAX_BODY_BYTES) {
            throw new HttpStatusException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "a request body may be at most 64 KB");
        }
    }
}
