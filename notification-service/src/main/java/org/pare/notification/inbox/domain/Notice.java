package org.pare.notification.inbox.domain;

import java.util.Objects;

/**
 * What a message says: a short title, what to do, and a link to the page that does it. Built from ids and
 * facts only, never from reflection text, comments or answers.
 */
public record Notice(NoticeKind kind, String title, String whatToDo, String actionLabel, String actionUrl) {
    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(whatToDo, "whatToDo");
        Objects.requireNonNull(actionLabel, "actionLabel");
        Objects.requireNonNull(actionUrl, "actionUrl");
    }
}
