package org.pare.evaluation.action.domain;

import java.time.Instant;
import java.util.UUID;
import org.pare.evaluation.shared.domain.Refusal;

/**
 * A university's word on one action of an area's plan, given by its placement office: it agrees, or it comments
 * (a comment is then required). A later word from the same university replaces the earlier one.
 */
public record Agreement(
        UUID actionId, UUID universityId, Decision decision, String comment, String byLoginId, Instant at) {
    public enum Decision {
        AGREED,
        COMMENTED
    }

    public static final int MAX_COMMENT = 1000;

    public Agreement {
        if (decision == null) {
            throw Refusal.invalid("decision", "AGREED or COMMENTED");
        }
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (decision == Decision.COMMENTED && comment == null) {
            throw Refusal.invalid("comment", "say what the university would change");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw Refusal.invalid("comment", "at most " + MAX_COMMENT + " characters");
        }
    }
}
