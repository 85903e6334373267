package org.pare.notification.inbox.persistence;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;
import org.pare.notification.inbox.domain.InboxMessage;
import org.pare.notification.inbox.domain.MessageId;
import org.pare.notification.inbox.domain.Notice;
import org.pare.notification.inbox.domain.NoticeKind;
import org.pare.notification.inbox.domain.Reader;
import org.pare.notification.inbox.domain.Recipient;

/** The inbox table. Every read goes through {@link #VISIBLE}: a reader reaches only messages addressed to them. */
@Singleton
public class InboxMessages {
    private static final String VISIBLE = "(m.recipient_person = ? OR m.recipient_login = ?"
            + " OR (m.recipient_org = ? AND m.recipient_role = ANY(?)))";
    private final Sql sql;

    InboxMessages(Sql sql) {
        this.sql = sql;
    }

    /** @return false when the message was already there (the same event seen again) */
    public boolean add(MessageId id, Recipient recipient, Notice notice, Instant at) {
        UUID person = recipient instanceof Recipient.Person p ? p.personId() : null;
        String login = recipient instanceof Recipient.Login l ? l.loginId() : null;
        UUID org = recipient instanceof Recipient.OrganisationRole r ? r.organisationId() : null;
        String role = recipient instanceof Recipient.OrganisationRole r ? r.role() : null;
        return sql.update(
                        """
                        INSERT INTO inbox_message (id, recipient_person, recipient_login, recipient_org, recipient_role,
                                                   kind, title, body, action_label, action_url, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING""",
                        id.value(),
                        person,
                        login,
                        org,
                        role,
                        notice.kind().name(),
                        notice.title(),
                        notice.whatToDo(),
                        notice.actionLabel(),
                        notice.actionUrl(),
                        at)
                == 1;
    }

    /** Newest first. */
    public List<InboxMessage> page(Reader reader, int page, int size) {
        return sql.list(
                """
                SELECT m.*, r.read_at, e.state AS email_state FROM inbox_message m
                LEFT JOIN message_read r ON r.message_id = m.id AND r.login_id = ?
                LEFT JOIN outgoing_email e ON e.message_id = m.id
                WHERE %s ORDER BY m.created_at DESC, m.id LIMIT ? OFFSET ?"""
                        .formatted(VISIBLE),
                InboxMessages::message,
                around(new Object[] {reader.loginId()}, reader, size, (long) page * size));
    }

    public long unread(Reader reader) {
        return sql.one(
                        """
                        SELECT count(*) FROM inbox_message m WHERE %s AND NOT EXISTS
                        (SELECT 1 FROM message_read r WHERE r.message_id = m.id AND r.login_id = ?)"""
                                .formatted(VISIBLE),
                        row -> row.getLong(1),
                        around(new Object[0], reader, reader.loginId()))
                .orElse(0L);
    }

    /** @return false when no message with this id is addressed to the reader */
    public boolean markRead(Reader reader, MessageId id, Instant at) {
        return sql.update(
                                """
                        INSERT INTO message_read (message_id, login_id, read_at)
                        SELECT m.id, ?, ? FROM inbox_message m WHERE m.id = ? AND %s
                        ON CONFLICT DO NOTHING"""
                                        .formatted(VISIBLE),
                                around(new Object[] {reader.loginId(), at, id.value()}, reader))
                        == 1
                || isRead(reader, id);
    }

    public int markAllRead(Reader reader, Instant at) {
        return sql.update(
                """
                INSERT INTO message_read (message_id, login_id, read_at)
                SELECT m.id, ?, ? FROM inbox_message m WHERE %s ON CONFLICT DO NOTHING"""
                        .formatted(VISIBLE),
                around(new Object[] {reader.loginId(), at}, reader));
    }

    private boolean isRead(Reader reader, MessageId id) {
        return sql.one(
                        "SELECT 1 FROM message_read WHERE message_id = ? AND login_id = ?",
                        row -> true,
                        id.value(),
                        reader.loginId())
                .isPresent();
    }

    /** The parameters of {@link #VISIBLE}, between those before and after it. */
    private static Object[] around(Object[] before, Reader reader, Object... after) {
        Object[] visible = {
            reader.personId(),
            reader.loginId(),
            reader.organisationId(),
            reader.roles().toArray(String[]::new)
        };
        Object[] all = new Object[before.length + visible.length + after.length];
        System.arraycopy(before, 0, all, 0, before.length);
        System.arraycopy(visible, 0, all, before.length, visible.length);
        System.arraycopy(after, 0, all, before.length + visible.length, after.length);
        return all;
    }

    private static InboxMessage message(ResultSet row) throws SQLException {
        OffsetDateTime readAt = row.getObject("read_at", OffsetDateTime.class);
        return new InboxMessage(
                new MessageId(row.getObject("id", UUID.class)),
                new Notice(
                        NoticeKind.valueOf(row.getString("kind")),
                        row.getString("title"),
                        row.getString("body"),
                        row.getString("action_label"),
                        row.getString("action_url")),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                readAt != null,
                row.getString("email_state"));
    }
}
