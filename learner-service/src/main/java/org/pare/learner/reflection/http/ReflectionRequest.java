package org.pare.learner.reflection.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.pare.learner.reflection.app.Draft;

/** A reflection as the learner writes it; without a template it is a quick capture. */
@Serdeable
record ReflectionRequest(
        @Nullable String templateKey,
        @Nullable Integer templateVersion,
        @NotBlank @Size(max = 200) String title,
        @NotNull LocalDate date,
        @Nullable Map<String, String> answers,
        @Nullable UUID correctionOf,
        @Nullable @Size(max = 100) String idempotencyKey) {

    Draft toDraft() {
        return new Draft(templateKey, templateVersion, title, date, answers, correctionOf);
    }
}
