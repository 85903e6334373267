package org.pare.web.login;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Where pages sign in: the OpenID Connect provider the service already trusts for bearer tokens (its issuer, unless
 * {@code pare.web.login.issuer} names another address for it), the client id the provider knows the pages by, and
 * the scope that makes the access token's audience this API.
 */
@Singleton
public class LoginSettings {
    private final String issuer;
    private final String clientId;
    private final String clientSecret;
    private final String scope;

    LoginSettings(
            @Value("${pare.web.login.issuer:}") String issuer,
            @Value("${micronaut.security.token.jwt.claims-validators.issuer:}") String trustedIssuer,
            @Value("${pare.web.login.client-id:pare-web}") String clientId,
            @Value("${pare.web.login.client-secret:}") String clientSecret,
            @Value("${pare.web.login.scope:openid pare-api}") String scope) {
        this.issuer = !issuer.isBlank() ? issuer : trustedIssuer;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.scope = scope;
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public String scope() {
        return scope;
    }
}
