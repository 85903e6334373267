package org.pare.evaluation.results.app;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pare.evaluation.results.domain.GroupSums;
import org.pare.evaluation.results.persistence.ScoreRollups;

/**
 * Every area's sums for a quarter, the comparison beside each trust's results. It sums one row per area and item
 * (90,000 rows with 5,000 areas), the same for every lead, and changes only when answers are mixed in (every few
 * minutes at most), so it is kept for a short while instead of summed on every request.
 */
@Singleton
class AllAreasComparison {
    private record Kept(GroupSums sums, long until) {}

    private final ScoreRollups rollups;
    private final long keepNanos;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    AllAreasComparison(ScoreRollups rollups, @Value("${pare.evaluation.results.all-areas-ttl:60s}") Duration keep) {
        this.rollups = rollups;
        this.keepNanos = keep.toNanos();
    }

    /** Runs in the caller's transaction when it reads. */
    GroupSums of(LocalDate quarter, int version) {
        String key = quarter + "/" + version;
        long now = System.nanoTime();
        Kept known = kept.get(key);
        if (known != null && now - known.until() < 0) {
            return known.sums();
        }
        GroupSums sums = rollups.allAreas(quarter, version).sums();
        kept.put(key, new Kept(sums, now + keepNanos));
        return sums;
    }
}
