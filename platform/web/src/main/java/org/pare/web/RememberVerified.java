package org.pare.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;

/** After security has run: the bearer token it accepted, and the person it names, go to {@link RememberedTokens}. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Requires(bean = RememberedTokens.class)
final class RememberVerified implements Ordered {
    private final RememberedTokens remembered;

    RememberVerified(RememberedTokens remembered) {
        this.remembered = remembered;
    }

    @RequestFilter
    void rememberAccepted(HttpRequest<?> request) {
        var token = request.getAttribute(SecurityFilter.TOKEN, String.class);
        var person = request.getUserPrincipal(Authentication.class);
        if (token.isPresent() && person.isPresent()) {
            remembered.remember(token.get(), person.get());
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
