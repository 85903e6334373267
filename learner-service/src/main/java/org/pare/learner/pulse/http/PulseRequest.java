package org.pare.learner.pulse.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.pare.learner.pulse.app.RecordingPulse;

/** Today's check-in: three yes/no answers, and optionally a mood, a private note and a request for contact. */
@Serdeable
record PulseRequest(
        @NotNull Boolean treatedWithDignity,
        @NotNull Boolean hadWhatTheyNeeded,
        @NotNull Boolean recognised,
        @Nullable @Min(1) @Max(5) Integer mood,
        @Nullable @Size(max = 1000) String note,
        @Nullable Boolean contactRequested) {

    RecordingPulse.Answers toAnswers() {
        return new RecordingPulse.Answers(
                treatedWithDignity, hadWhatTheyNeeded, recognised, mood, note, Boolean.TRUE.equals(contactRequested));
    }
}
