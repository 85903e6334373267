package org.pare.notification.shared.http;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.HttpStatusException;

/** No request to this API needs more than a few hundred bytes: anything over 16 KB is refused with 413 unread. */
@ServerFilter("/api/**")
class BodySizeLimitFilter {
    static final long MAX_BODY_BYTES = 16 * 1024;

    @RequestFilter
    void limit(HttpRequest<?> request) {
        if (request.getContentLength() > MAX_BODY_BYTES) {
            throw new HttpStatusException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "a request body may be at most 16 KB");
        }
    }
}
