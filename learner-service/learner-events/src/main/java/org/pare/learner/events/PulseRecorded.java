package org.pare.learner.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A learner's daily check-in: the three yes/no answers, the optional mood and whether they asked to be
 * contacted. Never the note's text. At most one per learner and day; at least once, deduplicate on the event id.
 *
 * @param mood 1 (low) to 5 (high), absent when not given
 */
@Serdeable
public record PulseRecorded(
        UUID pulseId,
        UUID learnerId,
        LocalDate day,
        boolean treatedWithDignity,
        boolean hadWhatTheyNeeded,
        boolean recognised,
        @Nullable Integer mood,
        boolean contactRequested,
        Instant recordedAt) {
    public static final String TYPE = "pare.learner.PulseRecorded.v1";
}
