package org.pare.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.testing.OidcProvider;
import org.pare.testing.Tokens;

/**
 * What every PARE service must do with bearer tokens on {@code /api}: refuse anything but a valid
 * token from the configured provider, with the configured issuer and audience. A service's IT extends
 * this class and says where the running service listens.
 */
public abstract class BearerTokenRefusalsContract {
    private static final String SUBJECT = "contract.tester";
    private static final String ROLE = "learner";
    private static final UUID ORGANISATION = UUID.randomUUID();

    private final HttpClient http = HttpClient.newHttpClient();
    private final Tokens tokens = OidcProvider.get().tokens();

    /** Where the service under test listens, e.g. {@code http://localhost:8081}. */
    protected abstract URI baseUri();

    @Test
    void a_request_without_a_token_is_refused_with_a_problem() throws Exception {
        HttpResponse<String> response = getMe(null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("stackTrace").doesNotContain("at org.");
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        assertThat(getMeWith(tokens.expired(ROLE, SUBJECT, ORGANISATION)).statusCode())
                .isEqualTo(401);
    }

    @Test
    void a_token_from_another_issuer_is_refused() throws Exception {
        assertThat(getMeWith(tokens.wrongIssuer(ROLE, SUBJECT, ORGANISATION)).statusCode())
                .isEqualTo(401);
    }

    @Test
    void a_token_for_another_audience_is_refused() throws Exception {
        assertThat(getMeWith(tokens.wrongAudience(ROLE, SUBJECT, ORGANISATION)).statusCode())
                .isEqualTo(401);
    }

    @Test
    void an_unsigned_token_is_refused() throws Exception {
        assertThat(getMeWith(tokens.unsigned(ROLE, SUBJECT, ORGANISATION)).statusCode())
                .isEqualTo(401);
    }

    @Test
    void a_token_signed_by_an_unknown_key_is_refused() throws Exception {
        assertThat(getMeWith(tokens.signedByUnknownKey(ROLE, SUBJECT, ORGANISATION))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void a_malformed_authorization_header_is_refused() throws Exception {
        String valid = tokens.forRole(ROLE, SUBJECT, ORGANISATION);
        for (String header : List.of(
                "Bearer",
                "Bearer not.a.jwt",
                "Bearer " + valid + "x",
                valid,
                "Token " + valid,
                "Bearer" + valid,
                "Bearers " + valid,
                "Bear " + valid)) {
            assertThat(getMe(header).statusCode()).as(header).isEqualTo(401);
        }
    }

    @Test
    void the_bearer_scheme_is_read_in_any_case() throws Exception {
        String valid = tokens.forRole(ROLE, SUBJECT, ORGANISATION);
        for (String scheme : List.of("bearer ", "BEARER ", "bEaReR ")) {
            assertThat(getMe(scheme + valid).statusCode()).as(scheme).isEqualTo(200);
        }
    }

    @Test
    void a_valid_token_shows_the_callers_subject_roles_and_organisation() throws Exception {
        String token = tokens.forRoles(List.of("supervisor", "assessor"), SUBJECT, ORGANISATION);

        HttpResponse<String> response = getMeWith(token);

        assertThat(response.statusCode()).isEqualTo(200);
        Me me = JsonMapper.createDefault().readValue(response.body(), Me.class);
        assertThat(me).isEqualTo(new Me(SUBJECT, List.of("supervisor", "assessor"), ORGANISATION.toString()));
    }

    private HttpResponse<String> getMeWith(String token) throws IOException, InterruptedException {
        return getMe("Bearer " + token);
    }

    private HttpResponse<String> getMe(String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(baseUri().resolve("/api/me"))
                .header("Accept", "application/json")
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
