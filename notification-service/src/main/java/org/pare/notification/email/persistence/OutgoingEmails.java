package org.pare.notification.email.persistence;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;
import org.pare.notification.email.domain.EmailContent;

/**
 * E-mail intents. Written with the inbox row; claimed by a sender with a lease (a crashed sender's claim expires
 * and another sender takes the row); marked sent, retried later, or failed for good.
 */
@Singleton
public class OutgoingEmails {
    private final Sql sql;

    OutgoingEmails(Sql sql) {
        this.sql = sql;
    }

    /** @param toAddress null for a person, whose address is looked up when sending */
    public void intend(
            UUID id,
            UUID messageId,
            String toAddress,
            UUID person,
            EmailContent content,
            Instant notBefore,
            Instant now) {
        sql.update(
                """
                INSERT INTO outgoing_email (id, message_id, to_address, recipient_person, subject, text_body, html_body,
                                            state, not_before, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) ON CONFLICT (id) DO NOTHING""",
                id,
                messageId,
                toAddress,
                person,
                content.subject(),
                content.text(),
                content.html(),
                notBefore,
                now);
    }

    /** Claims up to {@code limit} due e-mails (or ones whose sender's lease ran out) for {@code lease}. */
    public List<Claimed> claim(Instant now, Duration lease, int limit) {
        return sql.list(
                """
                UPDATE outgoing_email o SET state = 'SENDING', lease_until = ?, attempts = o.attempts + 1
                FROM (SELECT id FROM outgoing_email
                      WHERE (state = 'PENDING' AND not_before <= ?) OR (state = 'SENDING' AND lease_until < ?)
                      ORDER BY not_before LIMIT ? FOR UPDATE SKIP LOCKED) due
                WHERE o.id = due.id
                RETURNING o.id, coalesce(o.to_address, (SELECT email FROM person p WHERE p.person_id = o.recipient_person)),
                          o.subject, o.text_body, o.html_body, o.attempts""",
                row -> new Claimed(
                        row.getObject(1, UUID.class),
                        row.getString(2),
                        new EmailContent(row.getString(3), row.getString(4), row.getString(5)),
                        row.getInt(6)),
                now.plus(lease),
                now,
                now,
                limit);
    }

    /** @return how many were marked */
    public int sent(List<UUID> ids, Instant at) {
        return sql.update(
                "UPDATE outgoing_email SET state = 'SENT', sent_at = ?, lease_until = NULL, last_error = NULL"
                        + " WHERE id = ANY(?) AND state = 'SENDING'",
                at,
                ids.toArray(UUID[]::new));
    }

    public void retryAt(UUID id, Instant at, String error) {
        sql.update(
                "UPDATE outgoing_email SET state = 'PENDING', not_before = ?, lease_until = NULL, last_error = ?"
                        + " WHERE id = ? AND state = 'SENDING'",
                at,
                error,
                id);
    }

    public void failed(UUID id, String error) {
        sql.update(
                "UPDATE outgoing_email SET state = 'FAILED', lease_until = NULL, last_error = ?"
                        + " WHERE id = ? AND state = 'SENDING'",
                error,
                id);
    }

    /** A person's address arrived or changed: their held and failed e-mails get a fresh set of tries now. */
    public int rearm(UUID person, Instant now) {
        return sql.update(
                """
                UPDATE outgoing_email SET state = 'PENDING', attempts = 0, not_before = ?, last_error = NULL
                WHERE recipient_person = ? AND (state = 'FAILED' OR (state = 'PENDING' AND attempts > 0))""",
                now,
                person);
    }

    public long count(String state) {
        return sql.one("SELECT count(*) FROM outgoing_email WHERE state = ?", row -> row.getLong(1), state)
                .orElse(0L);
    }

    /** One claimed e-mail; {@code to} is null when the person has no address known. */
    public record Claimed(UUID id, String to, EmailContent content, int attempts) {}
}
