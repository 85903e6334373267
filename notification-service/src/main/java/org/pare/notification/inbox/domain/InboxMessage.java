package org.pare.notification.inbox.domain;

import java.time.Instant;

/**
 * One message as its reader sees it.
 *
 * @param emailState where its e-mail is (PENDING, SENDING, SENT, FAILED), or null when none was sent
 */
public record InboxMessage(MessageId id, Notice notice, Instant createdAt, boolean read, String emailState) {}
