package org.pare.notification.inbox.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.pare.notification.directory.persistence.People;
import org.pare.notification.inbox.domain.InboxMessage;
import org.pare.notification.inbox.domain.MessageId;
import org.pare.notification.inbox.domain.Reader;
import org.pare.notification.inbox.persistence.InboxMessages;
import org.pare.notification.shared.domain.Refusal;

/**
 * A reader's own inbox. Messages are addressed to a person, a sign-in id or a role in an organisation, so any
 * signed-in caller has an inbox (perhaps empty): an education lead need not be in the people directory.
 */
@Singleton
public class ReadingInbox {
    private final InboxMessages inbox;
    private final People people;
    private final Clock clock;

    ReadingInbox(InboxMessages inbox, People people, Clock clock) {
        this.inbox = inbox;
        this.people = people;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Reader reader(String loginId, UUID organisationId, List<String> roles) {
        return new Reader(loginId, people.personOfLogin(loginId).orElse(null), organisationId, roles);
    }

    @Transactional(readOnly = true)
    public List<InboxMessage> page(Reader reader, int page, int size) {
        return inbox.page(reader, page, size);
    }

    @Transactional(readOnly = true)
    public long unread(Reader reader) {
        return inbox.unread(reader);
    }

    /** Another person's message is "not found", never "forbidden": its existence is private too. */
    @Transactional
    public void markRead(Reader reader, MessageId id) {
        if (!inbox.markRead(reader, id, clock.instant())) {
            throw Refusal.notFound("message");
        }
    }

    @Transactional
    public int markAllRead(Reader reader) {
        return inbox.markAllRead(reader, clock.instant());
    }
}
