package org.pare.learner.pulse.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.pare.learner.events.PulseRecorded;
import org.pare.learner.person.domain.PersonId;
import org.pare.learner.shared.domain.Refusal;

/**
 * A learner's daily check-in: three yes/no answers, an optional mood (1 to 5), an optional private note and
 * whether they would like someone to contact them. The note is the learner's: it never leaves this service.
 */
public record Pulse(
        UUID id,
        PersonId learnerId,
        LocalDate day,
        boolean treatedWithDignity,
        boolean hadWhatTheyNeeded,
        boolean recognised,
        Integer mood,
        String note,
        boolean contactRequested,
        Instant recordedAt) {
    public static final int MAX_NOTE = 1_000;

    public Pulse {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(day, "day");
        if (mood != null && (mood < 1 || mood > 5)) {
            throw Refusal.invalid("mood", "must be from 1 to 5");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw Refusal.invalid("note", "must be at most " + MAX_NOTE + " characters");
        }
    }

    /** What the rest of the system learns: the answers and the contact request, never the note. */
    public PulseRecorded recorded() {
        return new PulseRecorded(
                id,
                learnerId.value(),
                day,
                treatedWithDignity,
                hadWhatTheyNeeded,
                recognised,
                mood,
                contactRequested,
                recordedAt);
    }
}
