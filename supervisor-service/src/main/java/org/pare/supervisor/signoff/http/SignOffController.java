package org.pare.supervisor.signoff.http;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pare.supervisor.signoff.app.CountersigningSignOffs;
import org.pare.supervisor.signoff.app.ReadingQueue;
import org.pare.supervisor.signoff.app.ReturningReflections;
import org.pare.supervisor.signoff.app.SigningOffReflections;

/** A supervisor's queue of shared reflections, and their sign-offs and returns. */
@Controller("/api")
@Secured({"PRACTICE_SUPERVISOR", "PRACTICE_ASSESSOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
class SignOffController {
    private final ReadingQueue reading;
    private final SigningOffReflections signing;
    private final ReturningReflections returning;

    private final CountersigningSignOffs countersigning;

    SignOffController(
            ReadingQueue reading,
            SigningOffReflections signing,
            ReturningReflections returning,
            CountersigningSignOffs countersigning) {
        this.reading = reading;
        this.signing = signing;
        this.returning = returning;
        this.countersigning = countersigning;
    }

    @Serdeable
    record CountersignResponse(UUID reflectionId, UUID signedBy, UUID countersignedBy, Instant countersignedAt) {}

    @Serdeable
    record AwaitingResponse(
            UUID reflectionId,
            UUID learnerId,
            String learnerName,
            String areaName,
            String signedByName,
            Instant signedAt) {}

    @Get("/countersignatures")
    @Secured("PRACTICE_ASSESSOR")
    List<AwaitingResponse> awaitingCountersignature(Authentication me) {
        return countersigning.awaiting(me.getName()).stream()
                .map(a -> new AwaitingResponse(
                        a.reflectionId(), a.learnerId(), a.learnerName(), a.areaName(), a.signedByName(), a.signedAt()))
                .toList();
    }

    @Post("/shared-reflections/{id}/countersign")
    @Secured("PRACTICE_ASSESSOR")
    CountersignResponse countersign(Authentication me, UUID id) {
        var s = countersigning.countersign(me.getName(), id);
        return new CountersignResponse(id, s.signedBy(), s.countersignedBy(), s.countersignedAt());
    }

    @Serdeable
    record ReturnRequest(@NotBlank @Size(max = 4000) String comment) {}

    @Serdeable
    record SignOffResponse(UUID reflectionId, UUID signedBy, Instant signedAt, boolean locked) {}

    @Serdeable
    record ReturnResponse(UUID reflectionId, UUID commentId, Instant returnedAt) {}

    @Get("/queue")
    List<QueueItemResponse> queue(Authentication me) {
        return reading.waitingFor(me.getName()).stream()
                .map(QueueItemResponse::of)
                .toList();
    }

    @Get("/shared-reflections/{id}")
    QueueItemResponse one(Authentication me, UUID id) {
        return QueueItemResponse.of(reading.one(me.getName(), id));
    }

    @Post("/shared-reflections/{id}/sign-off")
    SignOffResponse signOff(Authentication me, UUID id) {
        var signature = signing.signOff(me.getName(), id).signature();
        return new SignOffResponse(id, signature.signedBy(), signature.signedAt(), true);
    }

    @Post("/shared-reflections/{id}/return")
    ReturnResponse returnIt(Authentication me, UUID id, @Body @Valid ReturnRequest request) {
        var returned = returning.returnWith(me.getName(), id, request.comment());
        return new ReturnResponse(id, returned.id(), returned.returnedAt());
    }
}
