package org.pare.evaluation.support.http;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pare.evaluation.shared.http.Caller;
import org.pare.evaluation.support.app.HandlingSupportFlags;

/** The read audit of the trust's learners' support flags and environment signals, for its education lead. */
@Controller("/api/support-flags/reads")
@Secured("EDUCATION_LEAD")
@ExecuteOn(TaskExecutors.BLOCKING)
class FlagReadsController {
    private final HandlingSupportFlags handling;

    FlagReadsController(HandlingSupportFlags handling) {
        this.handling = handling;
    }

    @Serdeable
    record FlagReadResponse(
            String readerLoginId, String readerRole, UUID learnerId, UUID flagId, String kind, Instant at) {}

    @Get
    List<FlagReadResponse> reads(
            Authentication me,
            @QueryValue(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
        return handling.reads(Caller.of(me), page, size).stream()
                .map(e -> new FlagReadResponse(
                        e.readerLoginId(),
                        e.readerRole(),
                        e.learnerId(),
                        e.flagId(),
                        e.kind().name(),
                        e.at()))
                .toList();
    }
}
