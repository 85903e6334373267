package org.pare.supervisor.signoff.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.pare.supervisor.shared.domain.Refusal;

/**
 * A reflection as one supervisor sees it: shared with them for feedback or sign-off, and whether anyone has
 * signed it. The first sign-off wins and locks the reflection; the same person signing again gets the same
 * signature back, anyone else a conflict.
 */
public record SharedReflection(
        UUID reflectionId,
        UUID learnerId,
        UUID placementId,
        UUID sharedWith,
        Purpose purpose,
        Status status,
        Instant sharedAt,
        Optional<Signature> signature) {

    public enum Purpose {
        FEEDBACK,
        SIGN_OFF
    }

    /** This supervisor's item: waiting, decided by them, or closed by someone else's signature. */
    public enum Status {
        WAITING,
        SIGNED_OFF,
        RETURNED,
        CLOSED
    }

    public record Signature(UUID signedBy, Instant signedAt) {}

    /** What a sign-off request comes to: a new signature, or the one this person already gave. */
    public record SignOff(Signature signature, boolean isNew) {}

    public SignOff signOff(Instant now) {
        if (signature.isPresent()) {
            Signature existing = signature.get();
            if (existing.signedBy().equals(sharedWith)) {
                return new SignOff(existing, false);
            }
            throw Refusal.conflict("this reflection was already signed off by someone else and is locked");
        }
        if (purpose != Purpose.SIGN_OFF) {
            throw Refusal.unprocessable("this reflection was shared for feedback, not for sign-off");
        }
        if (status == Status.RETURNED) {
            throw Refusal.conflict("you returned this reflection; the learner must share it again");
        }
        return new SignOff(new Signature(sharedWith, now), true);
    }

    /** @return true when this supervisor has already returned it (a retried return gives the same comment) */
    public boolean returnable() {
        if (signature.isPresent()) {
            throw Refusal.conflict("this reflection was signed off and is locked");
        }
        return status != Status.RETURNED;
    }
}
