package org.pare.supervisor.signoff.http;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import org.pare.supervisor.signoff.app.ReadingQueue;

/** The comment a reflection was returned with, for the learner's pages (and the supervisor who wrote it). */
@Controller("/api/returns")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReturnCommentController {
    private final ReadingQueue reading;

    ReturnCommentController(ReadingQueue reading) {
        this.reading = reading;
    }

    @Serdeable
    record ReturnCommentResponse(
            UUID commentId, UUID reflectionId, UUID supervisorId, String comment, Instant returnedAt) {}

    @Get("/{commentId}")
    ReturnCommentResponse comment(Authentication me, UUID commentId) {
        var c = reading.returnComment(me.getName(), commentId);
        return new ReturnCommentResponse(c.id(), c.reflectionId(), c.supervisorId(), c.comment(), c.returnedAt());
    }
}
