package org.pare.notification.preference.app;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.pare.messaging.micronaut.Sql;
import org.pare.notification.directory.persistence.People;
import org.pare.notification.email.domain.EmailContent;
import org.pare.notification.email.persistence.OutgoingEmails;
import org.pare.notification.inbox.domain.InboxMessage;
import org.pare.notification.inbox.domain.Links;
import org.pare.notification.inbox.domain.MessageIds;
import org.pare.notification.inbox.domain.Reader;
import org.pare.notification.inbox.persistence.InboxMessages;
import org.pare.notification.preference.domain.Preferences;
import org.pare.notification.preference.persistence.PreferencesStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once a day, at {@code pare.notification.digest.at} in each person's time zone, one e-mail listing the messages of
 * the last day to everyone who chose a digest. The digest table's key (person, day) makes it once per day however
 * many sweeps or instances run.
 */
@Singleton
public class SendingDigests {
    private static final Logger LOG = LoggerFactory.getLogger(SendingDigests.class);
    private final PreferencesStore preferences;
    private final People people;
    private final InboxMessages inbox;
    private final OutgoingEmails emails;
    private final Sql sql;
    private final Links links;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final LocalTime at;

    SendingDigests(
            PreferencesStore preferences,
            People people,
            InboxMessages inbox,
            OutgoingEmails emails,
            Sql sql,
            Links links,
            TransactionOperations<Connection> transactions,
            Clock clock,
            @Value("${pare.notification.digest.at:08:00}") String at) {
        this.preferences = preferences;
        this.people = people;
        this.inbox = inbox;
        this.emails = emails;
        this.sql = sql;
        this.links = links;
        this.transactions = transactions;
        this.clock = clock;
        this.at = LocalTime.parse(at);
    }

    @Scheduled(
            fixedDelay = "${pare.notification.digest.sweep-interval:5m}",
            initialDelay = "${pare.notification.reminders.sweep-initial-delay:10s}")
    void onSchedule() {
        try {
            send(clock.instant());
        } catch (RuntimeException e) {
            LOG.warn("digest sweep failed, will try again: {}", e.toString());
        }
    }

    /** @return how many digests were written */
    public int send(Instant now) {
        List<String> readers = transactions.executeRead(status -> preferences.digestReaders());
        int sent = 0;
        for (String login : readers) {
            sent += transactions.executeWrite(status -> digestFor(login, now) ? 1 : 0);
        }
        return sent;
    }

    private boolean digestFor(String login, Instant now) {
        Preferences mine = preferences.of(login);
        ZonedDateTime local = now.atZone(mine.quietHours().zone());
        LocalDate day = local.toLocalDate();
        if (local.toLocalTime().isBefore(at) || !claimDay(login, day, now)) {
            return false;
        }
        Reader reader = new Reader(login, people.personOfLogin(login).orElse(null), null, List.of());
        Instant since = now.minus(Duration.ofDays(1));
        List<InboxMessage> recent = inbox.page(reader, 0, 100).stream()
                .filter(m -> m.createdAt().isAfter(since))
                .toList();
        var address = people.contactOfLogin(login).map(People.Contact::email);
        if (recent.isEmpty() || address.isEmpty()) {
            return false;
        }
        var id = MessageIds.derive("digest|" + login + "|" + day);
        EmailContent content =
                EmailContent.digest(recent.stream().map(InboxMessage::notice).toList(), links.inbox());
        emails.intend(id, null, address.get(), null, content, mine.quietHours().nextAllowed(now), now);
        sql.update("UPDATE digest SET email_id = ? WHERE login_id = ? AND day = ?", id, login, day);
        return true;
    }

    private boolean claimDay(String login, LocalDate day, Instant now) {
        return sql.update(
                        "INSERT INTO digest (login_id, day, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                        login,
                        day,
                        now)
                == 1;
    }
}
