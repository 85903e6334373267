package org.pare.notification.shared.domain;

/**
 * A request the rules refuse. The kind says why, so the web layer can answer with the right status without the
 * domain knowing HTTP.
 */
public class Refusal extends RuntimeException {
    public enum Kind {
        INVALID,
        NOT_FOUND
    }

    private final Kind kind;

    public Refusal(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(Kind.INVALID, field + ": " + message);
    }

    public static Refusal notFound(String what) {
        return new Refusal(Kind.NOT_FOUND, what + " not found");
    }

    public Kind kind() {
        return kind;
    }
}
