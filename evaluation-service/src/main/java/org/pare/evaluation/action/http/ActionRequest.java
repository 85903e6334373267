package org.pare.evaluation.action.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.pare.evaluation.action.domain.AreaAction;
import org.pare.evaluation.events.ActionStatus;

/** An action as the lead writes it; the owner is a sign-in id (who the reminders go to). */
@Serdeable
record ActionRequest(
        @NotBlank @Size(max = 200) String owner,
        @NotNull LocalDate dueOn,
        @NotNull ActionStatus status,
        @Nullable @Size(max = 9) List<String> themes,
        @NotBlank @Size(max = 2000) String description,
        @Nullable @Size(max = 500) String youSaidWeDid) {
    AreaAction.Terms terms() {
        return new AreaAction.Terms(owner, dueOn, status, themes, description, youSaidWeDid);
    }
}
