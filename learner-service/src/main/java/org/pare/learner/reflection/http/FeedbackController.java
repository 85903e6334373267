package org.pare.learner.reflection.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pare.learner.reflection.app.ReadingReflections;

/**
 * The feedback the learner received from supervisors, newest first. Ids and tags only: the feedback's text is
 * kept by supervisor-service, which pages ask for it.
 */
@Controller("/api/feedback")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class FeedbackController {
    private final ReadingReflections reading;

    FeedbackController(ReadingReflections reading) {
        this.reading = reading;
    }

    @io.micronaut.serde.annotation.Serdeable
    record FeedbackResponse(
            UUID feedbackId, UUID supervisorId, @Nullable UUID reflectionId, List<String> tags, Instant givenAt) {}

    @Get
    List<FeedbackResponse> received(Authentication me) throws SQLException {
        return reading.feedback(me.getName()).stream()
                .map(f ->
                        new FeedbackResponse(f.feedbackId(), f.supervisorId(), f.reflectionId(), f.tags(), f.givenAt()))
                .toList();
    }
}
