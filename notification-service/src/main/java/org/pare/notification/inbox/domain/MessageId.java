package org.pare.notification.inbox.domain;

import java.util.Objects;
import java.util.UUID;

/** A message in a person's in-app inbox. */
public record MessageId(UUID value) {
    public MessageId {
        Objects.requireNonNull(value, "a message id needs a value");
    }

    public static MessageId random() {
        return new MessageId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
