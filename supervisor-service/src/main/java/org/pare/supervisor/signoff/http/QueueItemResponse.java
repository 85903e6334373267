package org.pare.supervisor.signoff.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.UUID;
import org.pare.supervisor.signoff.app.ReadingQueue;

/** One shared reflection as its supervisor sees it: ids, names and times, never the reflection's text. */
@Serdeable
record QueueItemResponse(
        UUID reflectionId,
        UUID learnerId,
        String learnerName,
        UUID placementId,
        String purpose,
        String status,
        Instant sharedAt,
        long waitedMinutes,
        @Nullable UUID signedBy,
        @Nullable Instant signedAt) {

    static QueueItemResponse of(ReadingQueue.Item item) {
        var r = item.reflection();
        return new QueueItemResponse(
                r.reflectionId(),
                r.learnerId(),
                item.learnerName(),
                r.placementId(),
                r.purpose().name(),
                r.status().name(),
                r.sharedAt(),
                item.waited().toMinutes(),
                r.signature().map(s -> s.signedBy()).orElse(null),
                r.signature().map(s -> s.signedAt()).orElse(null));
    }
}
