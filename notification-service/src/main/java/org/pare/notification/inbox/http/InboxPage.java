package org.pare.notification.inbox.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of the inbox, newest first; an empty page still has an empty list. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record InboxPage(List<MessageResponse> messages, int page, int size, long unread) {}
