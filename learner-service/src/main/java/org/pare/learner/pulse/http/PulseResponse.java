package org.pare.learner.pulse.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.pare.learner.pulse.domain.Pulse;

/** A check-in as the learner sees it, note included (it is theirs). */
@Serdeable
record PulseResponse(
        UUID id,
        LocalDate day,
        boolean treatedWithDignity,
        boolean hadWhatTheyNeeded,
        boolean recognised,
        @Nullable Integer mood,
        @Nullable String note,
        boolean contactRequested,
        Instant recordedAt) {

    static PulseResponse of(Pulse p) {
        return new PulseResponse(
                p.id(),
                p.day(),
                p.treatedWithDignity(),
                p.hadWhatTheyNeeded(),
                p.recognised(),
                p.mood(),
                p.note(),
                p.contactRequested(),
                p.recordedAt());
    }
}
