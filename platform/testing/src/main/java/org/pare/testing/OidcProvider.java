package org.pare.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.nav.security.mock.oauth2.token.KeyProvider;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;

/**
 * A real OpenID Connect provider (mock-oauth2-server) for tests, started once per JVM on {@code
 * localhost}: discovery, JWKS and token endpoints over HTTP, as a service sees in production.
 */
public final class OidcProvider {
    public static final String ISSUER_ID = "pare";
    public static final String AUDIENCE = "pare-api";
    private static volatile OidcProvider instance;

    private final MockOAuth2Server server;
    private final KeyProvider keys;

    private OidcProvider(MockOAuth2Server server, KeyProvider keys) {
        this.server = server;
        this.keys = keys;
    }

    public static OidcProvider get() {
        if (instance == null) {
            synchronized (OidcProvider.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    private static OidcProvider start() {
        KeyProvider keys = new KeyProvider();
        // Interactive login: the authorization endpoint shows a sign-in form (user name and claims), as a real
        // provider shows its own, so pages' sign-in is tested through the real authorization-code flow. Tokens
        // it issues are for this API, as a real provider's are for the API the client asked for.
        var forThisApi = new DefaultOAuth2TokenCallback(ISSUER_ID, "unused", "JWT", List.of(AUDIENCE), Map.of(), 3600);
        MockOAuth2Server server = new MockOAuth2Server(
                new OAuth2Config(true, null, null, false, new OAuth2TokenProvider(keys), Set.of(forThisApi)));
        try {
            // One host name everywhere: the issuer URL follows the host the client used.
            server.start(InetAddress.getByName("localhost"), 0);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "oidc-provider-stop"));
        return new OidcProvider(server, keys);
    }

    public String issuer() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    public String jwksUrl() {
        return server.jwksUrl(ISSUER_ID).toString();
    }

    public String discoveryUrl() {
        return server.wellKnownUrl(ISSUER_ID).toString();
    }

    /** Tokens for people; see {@link Tokens}. */
    public Tokens tokens() {
        return new Tokens(this);
    }

    /** Micronaut settings that make a service trust this provider, check issuer and audience. */
    public Map<String, String> micronautProperties() {
        return Map.of(
                "micronaut.security.token.jwt.signatures.jwks.pare.url", jwksUrl(),
                "micronaut.security.token.jwt.claims-validators.issuer", issuer(),
                "micronaut.security.token.jwt.claims-validators.audience", AUDIENCE);
    }

    String sign(JWTClaimsSet claims) {
        return signWith(claims, (RSAKey) keys.signingKey(ISSUER_ID));
    }

    static String signWith(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a test token", e);
        }
    }
}
