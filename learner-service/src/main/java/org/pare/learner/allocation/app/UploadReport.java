package org.pare.learner.allocation.app;

import java.util.List;
import java.util.UUID;
import org.pare.learner.allocation.domain.Upload;

/** What an upload did: its audit record and, per row, the placement it created, changed or left alone. */
public record UploadReport(Upload upload, List<RowOutcome> rows) {
    public record RowOutcome(int line, UUID placementId, String outcome) {}
}
