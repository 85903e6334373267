package org.pare.notification.inbox.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.UUID;
import org.pare.notification.inbox.app.ReadingInbox;
import org.pare.notification.inbox.domain.MessageId;
import org.pare.notification.inbox.domain.Reader;

/** The caller's own inbox: newest first, unread count, mark one or all read. Nobody reaches another's messages. */
@Controller("/api/inbox")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class InboxController {
    private final ReadingInbox inbox;

    InboxController(ReadingInbox inbox) {
        this.inbox = inbox;
    }

    @Get
    InboxPage page(
            Authentication me,
            @QueryValue(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        Reader reader = readerOf(me);
        List<MessageResponse> messages =
                inbox.page(reader, page, size).stream().map(MessageResponse::of).toList();
        return new InboxPage(messages, page, size, inbox.unread(reader));
    }

    @Get("/unread-count")
    UnreadCount unread(Authentication me) {
        return new UnreadCount(inbox.unread(readerOf(me)));
    }

    @Post("/{id}/read")
    HttpResponse<Void> markRead(Authentication me, UUID id) {
        inbox.markRead(readerOf(me), new MessageId(id));
        return HttpResponse.noContent();
    }

    @Post("/read-all")
    MarkedRead markAllRead(Authentication me) {
        return new MarkedRead(inbox.markAllRead(readerOf(me)));
    }

    private Reader readerOf(Authentication me) {
        return inbox.reader(me.getName(), Claims.organisation(me), List.copyOf(me.getRoles()));
    }
}
