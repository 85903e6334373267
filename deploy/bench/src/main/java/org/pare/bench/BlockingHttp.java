package org.pare.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * The closed loops' HTTP client (Apache HttpClient, classic): each call blocks its caller and does all its work
 * on the caller's thread, over a pool of kept-alive connections. The JDK's asynchronous client spent about 0.4 ms
 * of CPU per request on the two cores it shares with the service and PostgreSQL, on its selector and worker
 * threads; this one spends what the caller's thread spends, which {@link ClosedLoop} counts.
 */
final class BlockingHttp implements AutoCloseable {
    private final CloseableHttpClient client;

    /** What came back: the status and the body as text. */
    record Answer(int status, String body) {}

    BlockingHttp(int connections) {
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections)
                        .setMaxConnPerRoute(connections)
                        .build())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableRedirectHandling()
                .disableContentCompression()
                .build();
    }

    /** POSTs {@code json} (or no body when null) with a bearer token and an Idempotency-Key. */
    Answer post(URI uri, String token, String idempotencyKey, String json) {
        ClassicRequestBuilder post = ClassicRequestBuilder.post(uri)
                .setHeader("Authorization", "Bearer " + token)
                .setHeader("Idempotency-Key", idempotencyKey);
        if (json != null) {
            post.setEntity(json, ContentType.APPLICATION_JSON);
        }
        return execute(
                post.build(),
                response -> new Answer(
                        response.getCode(),
                        response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity())));
    }

    /** GETs {@code uri} with a bearer token: the status, the body read and dropped. */
    int get(URI uri, String token) {
        return execute(
                ClassicRequestBuilder.get(uri)
                        .setHeader("Authorization", "Bearer " + token)
                        .build(),
                response -> {
                    EntityUtils.consume(response.getEntity());
                    return response.getCode();
                });
    }

    private <T> T execute(ClassicHttpRequest request, HttpClientResponseHandler<T> handler) {
        try {
            return client.execute(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
