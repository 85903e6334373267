package org.pare.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Mints bearer tokens signed by the test {@link OidcProvider}: good ones for a role, subject and
 * organisation, and the bad ones every service must refuse with 401.
 */
public final class Tokens {
    /** Claim holding the person's roles (Micronaut's default roles claim). */
    public static final String ROLES = "roles";
    /** Claim holding the id of the person's organisation (trust or university). */
    public static final String ORGANISATION = "org";

    private final OidcProvider provider;

    Tokens(OidcProvider provider) {
        this.provider = provider;
    }

    /** A valid token for one hour. */
    public String forRole(String role, String subject, UUID organisation) {
        return provider.sign(claims(role, subject, organisation).build());
    }

    /** A valid token with several roles. */
    public String forRoles(List<String> roles, String subject, UUID organisation) {
        return provider.sign(
                claims(roles.get(0), subject, organisation).claim(ROLES, roles).build());
    }

    /** A valid token that expires {@code in} from now. */
    public String expiringIn(Duration in, String role, String subject, UUID organisation) {
        return provider.sign(claims(role, subject, organisation)
                .expirationTime(Date.from(Instant.now().plus(in)))
                .build());
    }

    /** Correctly signed, but it expired ten minutes ago. */
    public String expired(String role, String subject, UUID organisation) {
        Instant past = Instant.now().minus(Duration.ofHours(1));
        return provider.sign(claims(role, subject, organisation)
                .issueTime(Date.from(past))
                .notBeforeTime(Date.from(past))
                .expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(10))))
                .build());
    }

    /** Correctly signed, but claims another issuer. */
    public String wrongIssuer(String role, String subject, UUID organisation) {
        return provider.sign(claims(role, subject, organisation)
                .issuer("http://localhost/not-pare")
                .build());
    }

    /** Correctly signed, but meant for another audience. */
    public String wrongAudience(String role, String subject, UUID organisation) {
        return provider.sign(
                claims(role, subject, organisation).audience("someone-else").build());
    }

    /** Unsigned: {@code alg: none}. */
    public String unsigned(String role, String subject, UUID organisation) {
        return new PlainJWT(claims(role, subject, organisation).build()).serialize();
    }

    /** Well formed, but signed by a key the provider never published. */
    public String signedByUnknownKey(String role, String subject, UUID organisation) {
        try {
            RSAKey stranger = new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
            return OidcProvider.signWith(claims(role, subject, organisation).build(), stranger);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet.Builder claims(String role, String subject, UUID organisation) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(provider.issuer())
                .audience(OidcProvider.AUDIENCE)
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .claim(ROLES, List.of(role));
        if (organisation != null) {
            builder.claim(ORGANISATION, organisation.toString());
        }
        return builder;
    }
}
