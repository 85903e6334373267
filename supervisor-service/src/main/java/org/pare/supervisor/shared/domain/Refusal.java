package org.pare.supervisor.shared.domain;

/**
 * A request the rules refuse. The kind says why, so the web layer can answer with the right status
 * without the domain knowing HTTP.
 */
public class Refusal extends RuntimeException {
    public enum Kind {
        INVALID,
        UNKNOWN_CALLER,
        NOT_FOUND,
        CONFLICT,
        UNPROCESSABLE,
        FORBIDDEN,
        TOO_MANY,
        GONE
    }

    private final Kind kind;

    public Refusal(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(Kind.INVALID, field + ": " + message);
    }

    public static Refusal conflict(String message) {
        return new Refusal(Kind.CONFLICT, message);
    }

    public static Refusal notFound(String what) {
        return new Refusal(Kind.NOT_FOUND, what + " not found");
    }

    public static Refusal unprocessable(String message) {
        return new Refusal(Kind.UNPROCESSABLE, message);
    }

    public static Refusal forbidden(String message) {
        return new Refusal(Kind.FORBIDDEN, message);
    }

    public Kind kind() {
        return kind;
    }
}
