package org.pare.learner.pulse.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.sql.SQLException;
import org.pare.learner.pulse.app.RecordingPulse;
import org.pare.learner.shared.domain.Refusal;

/** The learner's daily check-in: one a day; a second the same day is 409. */
@Controller("/api/pulse")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PulseController {
    private final RecordingPulse recording;

    PulseController(RecordingPulse recording) {
        this.recording = recording;
    }

    @Post
    HttpResponse<PulseResponse> record(Authentication me, @Body @Valid PulseRequest request) throws SQLException {
        var pulse = recording.record(me.getName(), request.toAnswers());
        return HttpResponse.<PulseResponse>status(HttpStatus.CREATED).body(PulseResponse.of(pulse));
    }

    @Get("/today")
    PulseResponse today(Authentication me) throws SQLException {
        return recording
                .today(me.getName())
                .map(PulseResponse::of)
                .orElseThrow(() -> Refusal.notFound("a check-in today"));
    }
}
