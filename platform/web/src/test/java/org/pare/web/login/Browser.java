package org.pare.web.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A browser's part in the sign-in, one request at a time: it keeps cookies and follows no redirect by itself. */
final class Browser {
    private final URI service;
    private final HttpClient http;

    Browser(URI service) {
        this.service = service;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Opens /login and returns where the service sends the browser: the provider's authorization endpoint. */
    URI start(String next) {
        var login = get(service.resolve("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)), Map.of());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(303);
        return URI.create(login.headers().firstValue("Location").orElseThrow());
    }

    /** Fills in the provider's sign-in form and returns the callback the provider sends the browser to. */
    URI authorise(URI authorize, String username, String claims) {
        assertThat(get(authorize, Map.of()).body()).contains("name=\"username\"");
        var answer = send(HttpRequest.newBuilder(authorize)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        LoginFlowIT.form(Map.of("username", username, "claims", claims)))));
        assertThat(answer.statusCode()).as(answer.body()).isBetween(300, 399);
        return URI.create(answer.headers().firstValue("Location").orElseThrow());
    }

    HttpResponse<String> signIn(String next, String username, String claims) {
        var page = get(authorise(start(next), username, claims), Map.of());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page;
    }

    HttpResponse<String> get(URI uri, Map<String, String> headers) {
        var request = HttpRequest.newBuilder(uri).GET();
        headers.forEach(request::header);
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
