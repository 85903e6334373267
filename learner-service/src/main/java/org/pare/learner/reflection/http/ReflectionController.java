package org.pare.learner.reflection.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.pare.learner.reflection.app.CapturingReflection;
import org.pare.learner.reflection.app.ReadingReflections;
import org.pare.learner.reflection.app.SharingReflection;
import org.pare.learner.reflection.app.SubmittingReflection;
import org.pare.learner.reflection.domain.ReflectionState;

/** A learner's own reflections. Anyone else's, whoever asks, is "not found". */
@Controller("/api/reflections")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ReflectionController {
    private static final String KEY = "Idempotency-Key";
    private final CapturingReflection capturing;
    private final SubmittingReflection submitting;
    private final SharingReflection sharing;
    private final ReadingReflections reading;

    ReflectionController(
            CapturingReflection capturing,
            SubmittingReflection submitting,
            SharingReflection sharing,
            ReadingReflections reading) {
        this.capturing = capturing;
        this.submitting = submitting;
        this.sharing = sharing;
        this.reading = reading;
    }

    @Post
    HttpResponse<ReflectionResponse> create(
            Authentication me, @Header(KEY) @Nullable String key, @Body @Valid ReflectionRequest request)
            throws SQLException {
        String idempotencyKey = key != null ? key : request.idempotencyKey();
        var view = capturing.create(me.getName(), idempotencyKey, request.toDraft());
        return HttpResponse.<ReflectionResponse>status(HttpStatus.CREATED).body(ReflectionResponse.of(view));
    }

    @Put("/{id}")
    ReflectionResponse edit(Authentication me, UUID id, @Body @Valid ReflectionRequest request) throws SQLException {
        return ReflectionResponse.of(capturing.edit(me.getName(), id, request.toDraft()));
    }

    @Post("/{id}/submit")
    ReflectionResponse submit(Authentication me, UUID id, @Header(KEY) @Nullable String key) throws SQLException {
        return ReflectionResponse.of(submitting.submit(me.getName(), id, key));
    }

    @Post("/{id}/share")
    ReflectionResponse share(Authentication me, UUID id, @Body @Valid ShareRequest request) throws SQLException {
        return ReflectionResponse.of(
                sharing.share(me.getName(), id, request.supervisorIds(), request.purposeOrDefault()));
    }

    @Get
    List<ReflectionResponse> list(Authentication me, @QueryValue @Nullable ReflectionState state) throws SQLException {
        return reading.list(me.getName(), state).stream()
                .map(ReflectionResponse::of)
                .toList();
    }

    @Get("/{id}")
    ReflectionResponse one(Authentication me, UUID id) throws SQLException {
        return ReflectionResponse.of(reading.one(me.getName(), id));
    }
}
