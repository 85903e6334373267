package org.pare.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** One request of the security matrix: a route's path with its ids filled in, a token and a body. */
final class MatrixCall {
    record Answer(int status, String contentType, String body) {}

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private MatrixCall() {}

    /** The route's template with every path variable a random UUID and every query template removed. */
    static String randomPath(String template) {
        return template.replaceAll("\\{[?&][^}]*}", "")
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    static Answer send(URI base, RouteSecurityMatrix.Route route, String path, String token, String body) {
        String payload = body != null ? body : ("GET".equals(route.method()) ? "" : "{}");
        var request = HttpRequest.newBuilder(base.resolve(path))
                .method(route.method(), HttpRequest.BodyPublishers.ofString(payload))
                .header("Content-Type", route.consumes())
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(route + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
