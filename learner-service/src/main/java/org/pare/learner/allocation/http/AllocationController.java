package org.pare.learner.allocation.http;

import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.pare.learner.allocation.app.AllocatingPlacements;
import org.pare.learner.allocation.app.ReadingUploads;

/** Allocation uploads by a university's placement admin: CSV in, a JSON report (or a problem) out. */
@Controller("/api/allocations")
@Secured("PLACEMENT_ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class AllocationController {
    private final AllocatingPlacements allocating;
    private final ReadingUploads uploads;
    private final long maxFileSize;

    AllocationController(
            AllocatingPlacements allocating,
            ReadingUploads uploads,
            @io.micronaut.context.annotation.Value("${pare.allocations.max-file-size:5MB}") @ReadableBytes
                    long maxFileSize) {
        this.allocating = allocating;
        this.uploads = uploads;
        this.maxFileSize = maxFileSize;
    }

    @Post
    @Consumes("text/csv")
    AllocationReportResponse uploadCsv(@Body byte[] csv, Authentication admin) {
        return allocate(csv, admin);
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    AllocationReportResponse uploadFile(@Part("file") CompletedFileUpload file, Authentication admin)
            throws IOException {
        if (file.getSize() > maxFileSize) {
            throw tooLarge();
        }
        return allocate(file.getBytes(), admin);
    }

    /** The admin's university's latest 50 uploads, newest first. */
    @Get
    List<UploadResponse> uploads(Authentication admin) {
        return uploads.latest(University.of(admin)).stream()
                .map(UploadResponse::of)
                .toList();
    }

    @Get("/{uploadId}")
    UploadResponse upload(@PathVariable UUID uploadId, Authentication admin) {
        return uploads.upload(uploadId, University.of(admin))
                .map(UploadResponse::of)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "no such upload"));
    }

    private AllocationReportResponse allocate(byte[] csv, Authentication admin) {
        if (csv.length > maxFileSize) {
            throw tooLarge();
        }
        return AllocationReportResponse.of(allocating.allocate(University.of(admin), admin.getName(), csv));
    }

    private HttpStatusException tooLarge() {
        return new HttpStatusException(
                HttpStatus.REQUEST_ENTITY_TOO_LARGE, "an allocation file may be at most " + maxFileSize + " bytes");
    }
}
