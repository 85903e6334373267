package org.pare.notification.inbox.app;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.pare.notification.directory.persistence.People;
import org.pare.notification.email.domain.EmailContent;
import org.pare.notification.email.persistence.OrganisationContacts;
import org.pare.notification.email.persistence.OutgoingEmails;
import org.pare.notification.inbox.domain.Links;
import org.pare.notification.inbox.domain.MessageId;
import org.pare.notification.inbox.domain.MessageIds;
import org.pare.notification.inbox.domain.Notice;
import org.pare.notification.inbox.domain.Recipient;
import org.pare.notification.inbox.persistence.InboxMessages;
import org.pare.notification.preference.domain.Preferences;
import org.pare.notification.preference.persistence.PreferencesStore;

/**
 * Tells one recipient one thing: the inbox row and, when their preferences allow, the e-mail intent, both in the
 * caller's transaction. The ids derive from the cause, so telling the same thing twice writes nothing new.
 */
@Singleton
public class Notifying {
    private final InboxMessages inbox;
    private final OutgoingEmails emails;
    private final People people;
    private final PreferencesStore preferences;
    private final OrganisationContacts contacts;
    private final Links links;

    Notifying(
            InboxMessages inbox,
            OutgoingEmails emails,
            People people,
            PreferencesStore preferences,
            OrganisationContacts contacts,
            Links links) {
        this.inbox = inbox;
        this.emails = emails;
        this.people = people;
        this.preferences = preferences;
        this.contacts = contacts;
        this.links = links;
    }

    /** @param cause the event or reminder this follows from */
    public void tell(UUID cause, Recipient recipient, Notice notice, Instant now) {
        MessageId id = MessageIds.of(cause, recipient, notice.kind());
        if (!inbox.add(id, recipient, notice, now)) {
            return;
        }
        EmailContent content = EmailContent.of(notice, links.inbox());
        UUID emailId = MessageIds.emailOf(id);
        if (recipient instanceof Recipient.Person p) {
            preferencesOf(people.contactOf(p.personId()).map(People.Contact::loginId))
                    .singleEmailAt(now)
                    .ifPresent(at -> emails.intend(emailId, id.value(), null, p.personId(), content, at, now));
        } else if (recipient instanceof Recipient.Login l) {
            Optional<String> address = people.contactOfLogin(l.loginId()).map(People.Contact::email);
            address.ifPresent(to -> preferences
                    .of(l.loginId())
                    .singleEmailAt(now)
                    .ifPresent(at -> emails.intend(emailId, id.value(), to, null, content, at, now)));
        } else if (recipient instanceof Recipient.OrganisationRole r) {
            contacts.of(r.organisationId(), r.role()).ifPresent(to -> preferences
                    .defaults()
                    .singleEmailAt(now)
                    .ifPresent(at -> emails.intend(emailId, id.value(), to, null, content, at, now)));
        }
    }

    private Preferences preferencesOf(Optional<String> loginId) {
        return loginId.map(preferences::of).orElse(preferences.defaults());
    }
}
