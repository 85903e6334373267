package org.pare.notification.email.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import org.pare.notification.email.persistence.FailedEmails;

/** One e-mail that failed for good: to whom, what, how often it was tried and the last reason. */
@Serdeable
record FailedEmailResponse(
        UUID id,
        @Nullable String recipientName,
        @Nullable String address,
        String subject,
        int attempts,
        @Nullable String reason,
        Instant createdAt) {
    private static final int MAX_REASON = 500;

    static FailedEmailResponse of(FailedEmails.FailedEmail email) {
        String reason = email.lastError();
        if (reason != null && reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON);
        }
        return new FailedEmailResponse(
                email.id(),
                email.recipientName(),
                email.address(),
                email.subject(),
                email.attempts(),
                reason,
                email.createdAt());
    }
}
