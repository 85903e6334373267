package org.pare.notification.email.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.pare.notification.email.persistence.FailedEmails;
import org.pare.notification.shared.domain.Refusal;

/**
 * An education lead's view of the e-mails that failed for good for their own trust's people, and the retry they can
 * ask for once the cause (most often a wrong address, fixed at its source) is dealt with.
 */
@Singleton
public class ReviewingFailedEmails {
    private final FailedEmails failed;
    private final Clock clock;

    ReviewingFailedEmails(FailedEmails failed, Clock clock) {
        this.failed = failed;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<FailedEmails.FailedEmail> of(UUID organisation, int page, int size) {
        return failed.of(organisation, page, size);
    }

    /** @throws Refusal not found when the e-mail is not a failed one of this organisation (or was retried already) */
    @Transactional
    public void retry(UUID organisation, UUID emailId) {
        if (!failed.retry(organisation, emailId, clock.instant())) {
            throw Refusal.notFound("failed e-mail");
        }
    }
}
