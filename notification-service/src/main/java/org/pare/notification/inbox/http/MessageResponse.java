package org.pare.notification.inbox.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import org.pare.notification.inbox.domain.InboxMessage;

/**
 * One message: what happened, what to do, and the link to the page that does it; {@code email} says where its
 * e-mail is (PENDING, SENDING, SENT or FAILED), absent when none was sent.
 */
@Serdeable
record MessageResponse(
        UUID id,
        String kind,
        String title,
        String whatToDo,
        String actionLabel,
        String actionUrl,
        Instant createdAt,
        boolean read,
        @Nullable String email) {

    static MessageResponse of(InboxMessage message) {
        var notice = message.notice();
        return new MessageResponse(
                message.id().value(),
                notice.kind().name(),
                notice.title(),
                notice.whatToDo(),
                notice.actionLabel(),
                notice.actionUrl(),
                message.createdAt(),
                message.read(),
                message.emailState());
    }
}
