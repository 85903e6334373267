package org.pare.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TokensIT {
    private static final UUID TRUST = UUID.randomUUID();
    private static OidcProvider provider;
    private static JWKSet published;

    @BeforeAll
    static void fetchPublishedKeys() throws Exception {
        provider = OidcProvider.get();
        String body = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(provider.jwksUrl())).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        published = JWKSet.parse(body);
    }

    @Test
    void a_good_token_verifies_against_the_published_keys_and_carries_role_and_organisation() throws Exception {
        SignedJWT jwt = SignedJWT.parse(provider.tokens().forRole("LEARNER", "learner-1", TRUST));

        assertThat(verifies(jwt)).isTrue();
        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo(provider.issuer());
        assertThat(jwt.getJWTClaimsSet().getAudience()).containsExactly(OidcProvider.AUDIENCE);
        assertThat(jwt.getJWTClaimsSet().getStringListClaim(Tokens.ROLES)).containsExactly("LEARNER");
        assertThat(jwt.getJWTClaimsSet().getStringClaim(Tokens.ORGANISATION)).isEqualTo(TRUST.toString());
        assertThat(jwt.getJWTClaimsSet().getExpirationTime()).isAfter(new Date());
    }

    @Test
    void the_provider_publishes_discovery_with_its_issuer() throws Exception {
        String body = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(provider.discoveryUrl()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(body).contains("\"issuer\"").contains(provider.issuer()).contains("jwks_uri");
    }

    @Test
    void each_attack_token_differs_from_a_good_one_in_exactly_the_way_it_claims() throws Exception {
        Tokens tokens = provider.tokens();

        SignedJWT expired = SignedJWT.parse(tokens.expired("LEARNER", "l", TRUST));
        assertThat(verifies(expired)).isTrue();
        assertThat(expired.getJWTClaimsSet().getExpirationTime()).isBefore(new Date());

        SignedJWT wrongIssuer = SignedJWT.parse(tokens.wrongIssuer("LEARNER", "l", TRUST));
        assertThat(verifies(wrongIssuer)).isTrue();
        assertThat(wrongIssuer.getJWTClaimsSet().getIssuer()).isNotEqualTo(provider.issuer());

        SignedJWT wrongAudience = SignedJWT.parse(tokens.wrongAudience("LEARNER", "l", TRUST));
        assertThat(verifies(wrongAudience)).isTrue();
        assertThat(wrongAudience.getJWTClaimsSet().getAudience()).doesNotContain(OidcProvider.AUDIENCE);

        assertThat(JWTParser.parse(tokens.unsigned("LEARNER", "l", TRUST))).isInstanceOf(PlainJWT.class);

        SignedJWT stranger = SignedJWT.parse(tokens.signedByUnknownKey("LEARNER", "l", TRUST));
        assertThat(published.getKeyByKeyId(stranger.getHeader().getKeyID())).isNull();
        assertThatThrownBy(() -> verifies(stranger)).isInstanceOf(NullPointerException.class);
    }

    private static boolean verifies(SignedJWT jwt) throws Exception {
        RSAKey key = (RSAKey) published.getKeyByKeyId(jwt.getHeader().getKeyID());
        return jwt.verify(new RSASSAVerifier(key.toRSAPublicKey()));
    }
}
