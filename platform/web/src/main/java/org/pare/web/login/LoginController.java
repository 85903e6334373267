package org.pare.web.login;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.net.URI;
import java.time.Duration;
import org.pare.web.pages.StaticPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every service's sign-in: the OpenID Connect authorization-code flow with PKCE. {@code /login} sends the browser
 * to the provider; {@code /login/callback} exchanges the code server-side and hands the access token to the tab
 * (sessionStorage, see /assets/pare/session.js). Each service's origin signs in on its own.
 */
@Controller("/login")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class LoginController {
    static final String COOKIE = "pare_login";
    private static final Logger LOG = LoggerFactory.getLogger(LoginController.class);

    private final String page = StaticPages.read("login.html");
    private final SigningIn signingIn;

    LoginController(SigningIn signingIn) {
        this.signingIn = signingIn;
    }

    @Get
    HttpResponse<?> login(
            HttpRequest<?> request,
            @Nullable @QueryValue String next,
            @Nullable @QueryValue("signed-out") String signedOut,
            @Nullable @QueryValue String error) {
        if (signedOut != null || error != null) {
            return HttpResponse.ok(page).contentType(MediaType.TEXT_HTML_TYPE);
        }
        LoginAttempt attempt = LoginAttempt.start(next);
        try {
            URI authorize = signingIn.authorizationUrl(attempt, callbackUri(request));
            return HttpResponse.seeOther(authorize)
                    .cookie(attemptCookie(attempt.cookieValue(), Duration.ofMinutes(10)));
        } catch (Exception e) {
            LOG.warn("sign-in provider unreachable: {}", e.toString());
            return HttpResponse.seeOther(URI.create("/login?error=provider-unreachable"));
        }
    }

    @Get("/callback")
    HttpResponse<?> callback(
            HttpRequest<?> request,
            @Nullable @QueryValue String code,
            @Nullable @QueryValue String state,
            @Nullable @QueryValue String error,
            @Nullable @CookieValue(COOKIE) String cookie) {
        var attempt = LoginAttempt.fromCookie(cookie);
        if (error != null
                || code == null
                || attempt.isEmpty()
                || !attempt.get().state().equals(state)) {
            return failed(error != null ? "denied" : "expired");
        }
        try {
            String token = signingIn.exchange(code, attempt.get(), callbackUri(request));
            return HttpResponse.ok(SignedInPage.render(token, attempt.get().next()))
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .header("Cache-Control", "no-store")
                    .header("Referrer-Policy", "no-referrer")
                    .cookie(attemptCookie("", Duration.ZERO));
        } catch (Exception e) {
            LOG.warn("sign-in code exchange failed: {}", e.toString());
            return failed("exchange-failed");
        }
    }

    private static HttpResponse<?> failed(String reason) {
        return HttpResponse.seeOther(URI.create("/login?error=" + reason)).cookie(attemptCookie("", Duration.ZERO));
    }

    /** The callback on the host the browser used, so the provider returns to the same origin. */
    private static URI callbackUri(HttpRequest<?> request) {
        String host = request.getHeaders().get("Host");
        String scheme = request.isSecure() ? "https" : "http";
        return URI.create(scheme + "://" + host + "/login/callback");
    }

    private static Cookie attemptCookie(String value, Duration maxAge) {
        return Cookie.of(COOKIE, value)
                .path("/login")
                .httpOnly(true)
                .sameSite(SameSite.Lax)
                .maxAge(maxAge);
    }
}
