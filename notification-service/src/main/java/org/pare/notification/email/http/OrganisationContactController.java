package org.pare.notification.email.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.validation.Valid;
import java.util.UUID;
import org.pare.notification.email.persistence.OrganisationContacts;
import org.pare.notification.inbox.domain.Recipient;
import org.pare.notification.inbox.http.Claims;
import org.pare.notification.shared.domain.Refusal;

/**
 * Where e-mail for the education leads of the caller's own trust goes (a team mailbox). Without one, messages for
 * them reach their inboxes only. Only an education lead, and only for the organisation in their token.
 */
@Controller("/api/organisation-contact")
@Secured(Recipient.OrganisationRole.EDUCATION_LEAD)
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganisationContactController {
    private static final String ROLE = Recipient.OrganisationRole.EDUCATION_LEAD;
    private final OrganisationContacts contacts;

    OrganisationContactController(OrganisationContacts contacts) {
        this.contacts = contacts;
    }

    @Get
    @Transactional(readOnly = true)
    ContactBody current(Authentication me) {
        return contacts.of(organisation(me), ROLE)
                .map(ContactBody::new)
                .orElseThrow(() -> Refusal.notFound("organisation contact"));
    }

    @Put
    @Transactional
    ContactBody set(Authentication me, @Body @Valid ContactBody body) {
        contacts.set(organisation(me), ROLE, body.email());
        return body;
    }

    @Delete
    @Transactional
    HttpResponse<Void> remove(Authentication me) {
        contacts.remove(organisation(me), ROLE);
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
