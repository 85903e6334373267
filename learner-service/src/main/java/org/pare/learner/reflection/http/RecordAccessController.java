package org.pare.learner.reflection.http;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pare.learner.reflection.app.ReadingReflections;
import org.pare.learner.reflection.persistence.RecordAccessLog;

/** The learner's own view of who read their records: reflections are theirs, so are the reads. */
@Controller("/api/record-access")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class RecordAccessController {
    private static final int NEWEST = 100;
    private final ReadingReflections reading;

    RecordAccessController(ReadingReflections reading) {
        this.reading = reading;
    }

    @Serdeable
    record RecordRead(UUID readerId, String readerName, String recordType, UUID recordId, Instant readAt) {
        static RecordRead of(RecordAccessLog.Entry e) {
            return new RecordRead(e.readerId(), e.readerName(), e.recordType(), e.recordId(), e.readAt());
        }
    }

    @Get
    List<RecordRead> readsOfMine(Authentication me) throws SQLException {
        return reading.readsOfMyRecords(me.getName(), NEWEST).stream()
                .map(RecordRead::of)
                .toList();
    }
}
