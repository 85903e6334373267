package org.pare.evaluation.support.http;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;
import org.pare.evaluation.shared.http.Caller;
import org.pare.evaluation.support.app.ReadingEnvironmentSignals;

/**
 * Environment signals, apart from personal support flags: learners on areas in the bottom share for psychological
 * safety or civility. About the place, not the person; no score is shown, only the themes.
 */
@Controller("/api/environment-signals")
@Secured({"EDUCATION_LEAD", "ACADEMIC_ASSESSOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
class EnvironmentSignalController {
    private final ReadingEnvironmentSignals reading;

    EnvironmentSignalController(ReadingEnvironmentSignals reading) {
        this.reading = reading;
    }

    @Serdeable
    record EnvironmentSignalResponse(UUID learnerId, UUID areaId, String areaName, List<String> themes) {}

    @Get
    List<EnvironmentSignalResponse> signals(Authentication me) {
        return reading.signals(Caller.of(me)).stream()
                .map(s -> new EnvironmentSignalResponse(s.learnerId(), s.areaId(), s.areaName(), s.themes()))
                .toList();
    }
}
