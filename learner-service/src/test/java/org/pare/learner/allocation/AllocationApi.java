package org.pare.learner.allocation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.pare.testing.OidcProvider;

/** Calls the allocation API over real HTTP, as a page or a script would. */
public final class AllocationApi {
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    public AllocationApi(URI base) {
        this.base = base;
    }

    public static String adminOf(UUID university) {
        return OidcProvider.get().tokens().forRole("PLACEMENT_ADMIN", "admin-" + university, university);
    }

    public HttpResponse<String> upload(String csv, String token) {
        return upload(csv.getBytes(StandardCharsets.UTF_8), "text/csv", token);
    }

    public HttpResponse<String> upload(byte[] body, String contentType, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/allocations"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        return send(token == null ? request : request.header("Authorization", "Bearer " + token));
    }

    public HttpResponse<String> uploadAsFile(String csv, String token) {
        String boundary = "pare" + UUID.randomUUID();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"allocations.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return upload(body.getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=" + boundary, token);
    }

    public HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
