package org.pare.learner.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.HttpStatusException;

/**
 * The server accepts 6 MB so that allocation files fit; every other API body (a reflection is at most
 * 20,000 characters of answers) is refused with 413 above 64 KB, before it is read.
 */
@ServerFilter("/api/**")
class BodySizeLimitFilter {
    static final long MAX_BODY_BYTES = 64 * 1024;

    @RequestFilter
    void limit(HttpRequest<?> request) {
        if (request.getPath().startsWith("/api/allocations")) {
            return;
        }
        if (request.getContentLength() > MAX_BODY_BYTES) {
            throw new HttpStatusException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "a request body may be at most 64 KB");
        }
    }
}
