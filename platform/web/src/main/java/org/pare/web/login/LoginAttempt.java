package org.pare.web.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * One sign-in in flight: the state that ties the provider's answer to this browser, the PKCE verifier, and the
 * page to return to. It travels in a short-lived HttpOnly cookie, so no server keeps sessions.
 */
record LoginAttempt(String state, String verifier, String next) {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    static LoginAttempt start(String next) {
        return new LoginAttempt(random(), random() + random(), safeNext(next));
    }

    /** Only a path on this service: never another site, so the sign-in cannot be turned into a redirector. */
    static String safeNext(String next) {
        boolean local = next != null
                && next.startsWith("/")
                && !next.startsWith("//")
                && !next.contains("\\")
                && next.chars().noneMatch(c -> c < 0x20);
        return local ? next : "/";
    }

    String challenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String cookieValue() {
        return state + "." + verifier + "." + URL.encodeToString(next.getBytes(StandardCharsets.UTF_8));
    }

    static Optional<LoginAttempt> fromCookie(String value) {
        String[] parts = value == null ? new String[0] : value.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            String next = new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8);
            return Optional.of(new LoginAttempt(parts[0], parts[1], safeNext(next)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return URL.encodeToString(bytes);
    }
}
