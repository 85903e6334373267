package org.pare.notification.inbox.domain;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids derived from what caused a message, so doing the same work twice (a redelivered event, a second sweeper)
 * arrives at the same ids and the database keeps one row.
 */
public final class MessageIds {
    private MessageIds() {}

    /** @param cause the event id, or the reminder id, that the message follows from */
    public static MessageId of(UUID cause, Recipient recipient, NoticeKind kind) {
        return new MessageId(derive(cause + "|" + recipient.key() + "|" + kind));
    }

    /** The id of a message's e-mail: its Message-ID header, the same on every resend. */
    public static UUID emailOf(MessageId message) {
        return derive("email|" + message.value());
    }

    public static UUID derive(String text) {
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
