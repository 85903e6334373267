package org.pare.notification.email.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.pare.notification.email.app.ReviewingFailedEmails;
import org.pare.notification.inbox.domain.Recipient;
import org.pare.notification.inbox.http.Claims;
import org.pare.notification.shared.domain.Refusal;

/**
 * The e-mails that failed for good for the people of the caller's own trust, newest first, and a retry for one.
 * Only an education lead, only their organisation: another trust's e-mail is not found (404).
 */
@Controller("/api/failed-emails")
@Secured(Recipient.OrganisationRole.EDUCATION_LEAD)
@ExecuteOn(TaskExecutors.BLOCKING)
class FailedEmailsController {
    private final ReviewingFailedEmails failed;

    FailedEmailsController(ReviewingFailedEmails failed) {
        this.failed = failed;
    }

    @Get
    FailedEmailsPage list(
            Authentication me,
            @QueryValue(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        var emails = failed.of(organisation(me), page, size).stream()
                .map(FailedEmailResponse::of)
                .toList();
        return new FailedEmailsPage(emails, page, size);
    }

    @Post("/{id}/retry")
    HttpResponse<Void> retry(Authentication me, UUID id) {
        failed.retry(organisation(me), id);
        return HttpResponse.noContent();
    }

    private static UUID organisation(Authentication me) {
        UUID org = Claims.organisation(me);
        if (org == null) {
            throw Refusal.invalid("token", "has no organisation");
        }
        return org;
    }
}
