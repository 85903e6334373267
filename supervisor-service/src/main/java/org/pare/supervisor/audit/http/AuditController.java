package org.pare.supervisor.audit.http;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.pare.supervisor.audit.persistence.AuditLog;
import org.pare.supervisor.shared.http.Organisation;

/** The audit log of sign-offs, returns, countersignatures and concerns, for the education lead of the trust. */
@Controller("/api/audit")
@Secured("EDUCATION_LEAD")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {
    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @io.micronaut.serde.annotation.Serdeable
    record AuditEntryResponse(java.util.UUID actorId, String action, java.util.UUID objectId, java.time.Instant at) {}

    @Get
    @Transactional(readOnly = true)
    public List<AuditEntryResponse> entries(
            Authentication me,
            @QueryValue(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
        return log.page(Organisation.of(me), page, size).stream()
                .map(e -> new AuditEntryResponse(e.actorId(), e.action(), e.objectId(), e.at()))
                .toList();
    }
}
