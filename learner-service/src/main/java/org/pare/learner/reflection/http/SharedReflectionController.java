package org.pare.learner.reflection.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.pare.learner.reflection.app.ReadingSharedReflections;
import org.pare.learner.reflection.app.SharedReflectionView;
import org.pare.learner.reflection.domain.Reflection;

/**
 * A reflection as a supervisor it was shared with reads it (supervisor-service's pages fetch it from here with
 * the supervisor's token, cross-origin). Everyone else gets 404; every read is audited.
 */
@Controller("/api/shared-reflections")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SharedReflectionController {
    private final ReadingSharedReflections reading;

    SharedReflectionController(ReadingSharedReflections reading) {
        this.reading = reading;
    }

    @Serdeable
    record SharedReflectionResponse(
            UUID id,
            UUID learnerId,
            String templateKey,
            int templateVersion,
            String title,
            LocalDate date,
            Map<String, String> answers,
            String state,
            @Nullable UUID correctionOf,
            @Nullable Instant submittedAt,
            String purpose,
            Instant sharedAt) {

        static SharedReflectionResponse of(SharedReflectionView view) {
            Reflection r = view.reflection();
            return new SharedReflectionResponse(
                    r.id().value(),
                    r.learnerId().value(),
                    r.content().templateKey(),
                    r.content().templateVersion(),
                    r.content().title(),
                    r.content().occurredOn(),
                    r.content().answers(),
                    r.state().name(),
                    r.correctionOf() == null ? null : r.correctionOf().value(),
                    r.submittedAt(),
                    view.share().purpose().name(),
                    view.share().sharedAt());
        }
    }

    @Get("/{id}")
    SharedReflectionResponse one(Authentication me, UUID id) throws SQLException {
        return SharedReflectionResponse.of(reading.read(me.getName(), id));
    }
}
