package org.pare.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pare.testing.OidcProvider;
import org.pare.testing.Tokens;

/** A verified token is remembered for the next request, never past its expiry, and only in its exact text. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RememberedTokensIT implements TestPropertyProvider {
    private final HttpClient http = HttpClient.newHttpClient();
    private final Tokens tokens = OidcProvider.get().tokens();

    @Inject
    EmbeddedServer server;

    @Inject
    RememberedTokens remembered;

    @Override
    public Map<String, String> getProperties() {
        return OidcProvider.get().micronautProperties();
    }

    @Test
    void the_same_token_on_a_second_request_is_answered_from_memory_as_the_same_person() throws Exception {
        String subject = "remembered-" + UUID.randomUUID();
        String token = tokens.forRole("LEARNER", subject, UUID.randomUUID());
        long before = remembered.size();

        var first = me(token);
        var second = me(token);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains(subject).isEqualTo(first.body());
        assertThat(remembered.size()).isEqualTo(before + 1);
    }

    @Test
    void a_remembered_token_is_refused_once_it_has_expired() throws Exception {
        String token = tokens.expiringIn(Duration.ofSeconds(3), "LEARNER", "short-lived", UUID.randomUUID());
        assertThat(me(token).statusCode()).isEqualTo(200);
        assertThat(me(token).statusCode()).isEqualTo(200);

        Thread.sleep(4_000);

        assertThat(me(token).statusCode()).isEqualTo(401);
    }

    @Test
    void a_remembered_token_changed_in_its_signature_or_claims_is_refused() throws Exception {
        String token = tokens.forRole("LEARNER", "tampered", UUID.randomUUID());
        assertThat(me(token).statusCode()).isEqualTo(200);
        String[] parts = token.split("\\.");
        String otherSignature = parts[0] + "." + parts[1] + "." + flipLast(parts[2]);
        String otherClaims = parts[0] + "."
                + tokens.forRole("ADMIN", "tampered", UUID.randomUUID()).split("\\.")[1] + "." + parts[2];

        assertThat(me(otherSignature).statusCode()).isEqualTo(401);
        assertThat(me(otherClaims).statusCode()).isEqualTo(401);
        assertThat(me(token).statusCode()).isEqualTo(200);
    }

    @Test
    void tokens_that_fail_are_not_remembered_and_fail_every_time() throws Exception {
        String expired = tokens.expired("LEARNER", "late", UUID.randomUUID());
        String unknownKey = tokens.signedByUnknownKey("LEARNER", "stranger", UUID.randomUUID());
        long before = remembered.size();

        for (int i = 0; i < 2; i++) {
            assertThat(me(expired).statusCode()).isEqualTo(401);
            assertThat(me(unknownKey).statusCode()).isEqualTo(401);
        }
        assertThat(remembered.size()).isEqualTo(before);
    }

    private static String flipLast(String signature) {
        char last = signature.charAt(signature.length() - 2);
        return signature.substring(0, signature.length() - 2)
                + (last == 'A' ? 'B' : 'A')
                + signature.charAt(signature.length() - 1);
    }

    private HttpResponse<String> me(String token) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.getURI() + "/api/me"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
