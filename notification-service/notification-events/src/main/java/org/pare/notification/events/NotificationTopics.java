package org.pare.notification.events;

/** The topics notification-service produces to, one per aggregate, keyed by aggregate id. */
public final class NotificationTopics {
    public static final String MESSAGE = "pare.notification.message";

    private NotificationTopics() {}
}
