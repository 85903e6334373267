package org.pare.notification.email.persistence;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;

/**
 * E-mails that failed for good, as an organisation's education leads see them: those to the trust's own people
 * (learners placed there, their practice supervisors and assessors) and to the trust's contact address.
 */
@Singleton
public class FailedEmails {
    /** The failed e-mails of an organisation: bind its id twice; the caller adds conditions after. */
    private static final String OF_ORGANISATION =
            """
            FROM outgoing_email o
            LEFT JOIN person p ON p.person_id = o.recipient_person
            LEFT JOIN inbox_message m ON m.id = o.message_id
            WHERE o.state = 'FAILED'
              AND (m.recipient_org = ?
                   OR EXISTS (SELECT 1 FROM placement pl WHERE pl.trust_id = ?
                              AND (o.recipient_person = pl.learner_id OR o.recipient_person = pl.practice_assessor_id
                                   OR o.recipient_person = ANY (pl.practice_supervisor_ids))))""";

    private final Sql sql;

    FailedEmails(Sql sql) {
        this.sql = sql;
    }

    public List<FailedEmail> of(UUID organisation, int page, int size) {
        return sql.list(
                """
                SELECT o.id, p.name, coalesce(o.to_address, p.email), o.subject, o.attempts, o.last_error,
                       o.created_at
                """
                        + OF_ORGANISATION + " ORDER BY o.created_at DESC, o.id LIMIT ? OFFSET ?",
                row -> new FailedEmail(
                        row.getObject(1, UUID.class),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getInt(5),
                        row.getString(6),
                        row.getObject(7, java.time.OffsetDateTime.class).toInstant()),
                organisation,
                organisation,
                size,
                (long) page * size);
    }

    /** Gives a failed e-mail of the organisation a fresh set of tries from now. @return false if there is none */
    public boolean retry(UUID organisation, UUID id, Instant now) {
        return sql.update(
                        """
                        UPDATE outgoing_email SET state = 'PENDING', attempts = 0, not_before = ?, last_error = NULL
                        WHERE id IN (SELECT o.id
                        """
                                + OF_ORGANISATION + " AND o.id = ?)",
                        now,
                        organisation,
                        organisation,
                        id)
                == 1;
    }

    public record FailedEmail(
            UUID id,
            String recipientName,
            String address,
            String subject,
            int attempts,
            String lastError,
            Instant createdAt) {}
}
