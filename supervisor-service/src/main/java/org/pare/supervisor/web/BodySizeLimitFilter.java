package org.pare.supervisor.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.HttpStatusException;

/**
 * Every body this service takes is a short form (feedback, a comment, a concern: a few thousand characters at
 * most), so anything above 32 KB is refused with 413 before it is read.
 */
@ServerFilter("/api/**")
class BodySizeLimitFilter {
    static final long MAX_BODY_BYTES = 32 * 1024;

    @RequestFilter
    void limit(HttpRequest<?> request) {
        if (request.getContentLength() > MAX_BODY_BYTES) {
            throw new HttpStatusException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "a request body may be at most 32 KB");
        }
    }
}
