package org.pare.notification.reminder.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A message to send at {@code dueAt} unless something cancels it first.
 *
 * @param subjectId what it is about (a reflection, an invitation, an interview): events cancel by it
 * @param recipientPerson who is told, when known at scheduling time (an escalation finds the assessor when due)
 * @param aboutOn the day it is about (an interview's due date), if any
 */
public record Reminder(
        UUID id,
        ReminderKind kind,
        UUID subjectId,
        UUID learnerId,
        UUID recipientPerson,
        UUID placementId,
        LocalDate aboutOn,
        Instant dueAt) {

    public Reminder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(dueAt, "dueAt");
    }

    /**
     * The same kind, subject, recipient and occasion (e.g. the time of the share, and the step) always give the
     * same id, so a redelivered event adds nothing.
     */
    public static UUID idFor(ReminderKind kind, UUID subjectId, UUID recipientPerson, String occasion) {
        String text = "reminder|" + kind + "|" + subjectId + "|" + recipientPerson + "|" + occasion;
        return UUID.nameUUIDFromBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
