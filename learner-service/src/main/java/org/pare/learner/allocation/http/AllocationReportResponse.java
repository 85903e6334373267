package org.pare.learner.allocation.http;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.UUID;
import org.pare.learner.allocation.app.UploadReport;

/** What POST /api/allocations answers: the upload's audit and, per row, what happened to its placement. */
@Serdeable
public record AllocationReportResponse(UploadResponse upload, List<Row> rows) {
    /** @param outcome ALLOCATED, CHANGED or UNCHANGED */
    @Serdeable
    public record Row(int line, UUID placementId, String outcome) {}

    static AllocationReportResponse of(UploadReport report) {
        return new AllocationReportResponse(
                UploadResponse.of(report.upload()),
                report.rows().stream()
                        .map(r -> new Row(r.line(), r.placementId(), r.outcome()))
                        .toList());
    }
}
