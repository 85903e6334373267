package org.pare.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import org.reactivestreams.Publisher;

/**
 * Remembers, for a few minutes and never past its expiry, the person a bearer token was verified to be, so the same
 * token on the next request is not parsed and its RSA signature checked again: that was a fifth of learner-service's
 * CPU per request in the reflection benchmark's profile. Only a token that passed every check of Micronaut's own
 * validator is remembered ({@link RememberVerified}), keyed by its exact text; a token seen for the first time, or
 * changed in any byte, is left to Micronaut's validator (this one answers nothing for it).
 * A key withdrawn from the provider's JWKS stops working for tokens already seen after at most {@code remember-for}
 * ({@code pare.web.tokens.remember-for}, 5 minutes). {@code pare.web.tokens.remembered=0} switches it off (every token is
 * then verified on every request, as Micronaut does by itself).
 */
@Singleton
@Requires(property = "pare.web.tokens.remembered", notEquals = "0")
final class RememberedTokens implements TokenValidator<HttpRequest<?>>, Ordered {
    private final Duration rememberFor;
    private final Cache<String, Authentication> remembered;

    RememberedTokens(
            @Value("${pare.web.tokens.remember-for:5m}") Duration rememberFor,
            @Value("${pare.web.tokens.remembered:10000}") long size) {
        this.rememberFor = rememberFor;
        this.remembered = Caffeine.newBuilder()
                .maximumSize(size)
                .expireAfter(new UntilExpiry())
                .build();
    }

    @Override
    public Publisher<Authentication> validateToken(String token, HttpRequest<?> request) {
        Authentication known = remembered.getIfPresent(token);
        return known != null ? Publishers.just(known) : Publishers.empty();
    }

    /**
     * Remembers a token Micronaut's validator has just verified. Called after security has run (by
     * {@link RememberVerified}), not from {@link #validateToken}: Micronaut subscribes to every validator of a token
     * until one answers, so a validator that verified on a miss itself would have the token verified twice.
     */
    void remember(String token, Authentication person) {
        if (remembered.getIfPresent(token) == null && rememberedFor(person).compareTo(Duration.ZERO) > 0) {
            remembered.put(token, person);
        }
    }

    /**
     * Until the token expires or for {@code remember-for}, whichever is sooner; zero for a token with no expiry,
     * which is then checked every time.
     */
    private Duration rememberedFor(Authentication person) {
        Instant expires = expiry(person.getAttributes().get("exp"));
        if (expires == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(Instant.now(), expires);
        return left.compareTo(rememberFor) < 0 ? left : rememberFor;
    }

    /** Each entry lives as long as {@link #rememberedFor} its person; reading it does not prolong it. */
    private final class UntilExpiry implements Expiry<String, Authentication> {
        @Override
        public long expireAfterCreate(String token, Authentication person, long currentTime) {
            return Math.max(0, rememberedFor(person).toNanos());
        }

        @Override
        public long expireAfterUpdate(String token, Authentication person, long currentTime, long currentDuration) {
            return currentDuration;
        }

        @Override
        public long expireAfterRead(String token, Authentication person, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }

    private static Instant expiry(Object exp) {
        if (exp instanceof Date date) {
            return date.toInstant();
        }
        if (exp instanceof Instant instant) {
            return instant;
        }
        if (exp instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        if (exp instanceof TemporalAccessor time) {
            return Instant.from(time);
        }
        return null;
    }

    /** How many tokens are remembered now (for tests and metrics). */
    long size() {
        remembered.cleanUp();
        return remembered.estimatedSize();
    }

    /** Before Micronaut's own validator, which then sees only the tokens this one did not know. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
