package org.pare.notification.inbox.domain;

import java.util.UUID;

/** Where each service's pages live: every message links straight to the page that does what it asks. */
public record Links(String learner, String supervisor, String evaluation, String notification) {
    public Links {
        learner = trimmed(learner);
        supervisor = trimmed(supervisor);
        evaluation = trimmed(evaluation);
        notification = trimmed(notification);
    }

    public String reflectionToReview(UUID reflectionId) {
        return supervisor + "/supervisor/reflections/" + reflectionId;
    }

    public String supervisorHome() {
        return supervisor + "/supervisor";
    }

    public String learnerHome() {
        return learner + "/learner";
    }

    public String evaluation(UUID invitationId) {
        return evaluation + "/evaluation/" + invitationId;
    }

    public String dashboard() {
        return evaluation + "/dashboard";
    }

    public String inbox() {
        return notification + "/inbox";
    }

    private static String trimmed(String base) {
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
