package org.pare.learner.reflection.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.pare.learner.events.ReflectionShared;

/** Whom to share with (person ids of the learner's supervisors or assessors) and what for (default FEEDBACK). */
@Serdeable
record ShareRequest(
        @NotEmpty @Size(max = 20) List<@NotNull UUID> supervisorIds, @Nullable ReflectionShared.Purpose purpose) {

    ReflectionShared.Purpose purposeOrDefault() {
        return purpose == null ? ReflectionShared.Purpose.FEEDBACK : purpose;
    }
}
