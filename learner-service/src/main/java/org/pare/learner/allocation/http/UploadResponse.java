package org.pare.learner.allocation.http;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import org.pare.learner.allocation.domain.Upload;

/** The audit of one upload, as GET /api/allocations/{uploadId} shows it. */
@Serdeable
public record UploadResponse(
        UUID uploadId,
        UUID universityId,
        String uploadedBy,
        String fileSha256,
        int rowCount,
        int placementsCreated,
        int placementsUpdated,
        int placementsUnchanged,
        int peopleCreated,
        int peopleUpdated,
        Instant uploadedAt) {
    static UploadResponse of(Upload u) {
        return new UploadResponse(
                u.id(),
                u.universityId(),
                u.uploadedBy(),
                u.fileSha256(),
                u.rowCount(),
                u.placementsCreated(),
                u.placementsUpdated(),
                u.placementsUnchanged(),
                u.peopleCreated(),
                u.peopleUpdated(),
                u.uploadedAt());
    }
}
