package org.pare.evaluation.support.persistence;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pare.evaluation.results.domain.ItemSum;
import org.pare.messaging.micronaut.Sql;

/** Each area's standing among all areas on the watched themes, and the learners it puts under a signal. */
@Singleton
public class EnvironmentRanks {
    private static final String SIGNALS = "SELECT p.learner_id, p.area_id, a.name, p.trust_id,"
            + " array_agg(DISTINCT e.theme ORDER BY e.theme) FROM placement p"
            + " JOIN placement_area a ON a.id = p.area_id JOIN environment_rank e ON e.area_id = p.area_id"
            + " LEFT JOIN support_threshold t ON t.trust_id = p.trust_id"
            + " WHERE p.start_date <= ? AND p.end_date >= ?"
            + " AND e.share_at_or_below <= coalesce(t.environment_bottom_percent, ?) / 100.0 + 1e-9";
    private final Sql sql;

    public EnvironmentRanks(Sql sql) {
        this.sql = sql;
    }

    /** An area's responses and per-item sums over the window. */
    public record AreaSums(int responses, Map<String, ItemSum> items) {}

    /** Waits for any other ranking to finish; the lock ends with the transaction. */
    public void lockForRanking() {
        sql.one("SELECT pg_advisory_xact_lock(4242002)::text", row -> row.getString(1));
    }

    public Map<UUID, AreaSums> sums(int version, LocalDate fromPeriod) {
        Map<UUID, AreaSums> sums = new HashMap<>();
        sql.list(
                "SELECT area_id, sum(responses) FROM rollup_response WHERE questionnaire_version = ? AND period >= ?"
                        + " GROUP BY area_id",
                row -> sums.put(row.getObject(1, UUID.class), new AreaSums(row.getInt(2), new HashMap<>())),
                version,
                fromPeriod);
        sql.list(
                "SELECT area_id, item, sum(answered), sum(total) FROM rollup_item WHERE questionnaire_version = ?"
                        + " AND period >= ? GROUP BY area_id, item",
                row -> {
                    var area = sums.get(row.getObject(1, UUID.class));
                    return area == null
                            ? null
                            : area.items().put(row.getString(2), new ItemSum(row.getInt(3), row.getLong(4)));
                },
                version,
                fromPeriod);
        return sums;
    }

    public record Rank(UUID areaId, String theme, int version, double score, double shareAtOrBelow) {}

    public void replace(List<Rank> ranks, Instant at) {
        sql.update("DELETE FROM environment_rank");
        for (var r : ranks) {
            sql.update(
                    "INSERT INTO environment_rank (area_id, theme, questionnaire_version, score, share_at_or_below,"
                            + " computed_at) VALUES (?, ?, ?, ?, ?, ?)",
                    r.areaId(),
                    r.theme(),
                    r.version(),
                    r.score(),
                    r.shareAtOrBelow(),
                    Timestamp.from(at));
        }
    }

    /** A learner on a current placement in an area within its trust's bottom share, and the themes that put it there. */
    public record Signal(UUID learnerId, UUID areaId, String areaName, UUID trustId, List<String> themes) {}

    public List<Signal> ofTrust(UUID trustId, LocalDate today, int defaultPercent) {
        return sql.list(
                SIGNALS + " AND p.trust_id = ? GROUP BY p.learner_id, p.area_id, a.name, p.trust_id ORDER BY a.name",
                EnvironmentRanks::signal,
                today,
                today,
                defaultPercent,
                trustId);
    }

    public List<Signal> ofAcademicAssessor(UUID assessorId, LocalDate today, int defaultPercent) {
        return sql.list(
                SIGNALS + " AND p.academic_assessor_id = ? GROUP BY p.learner_id, p.area_id, a.name, p.trust_id"
                        + " ORDER BY a.name",
                EnvironmentRanks::signal,
                today,
                today,
                defaultPercent,
                assessorId);
    }

    private static Signal signal(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Signal(
                row.getObject(1, UUID.class),
                row.getObject(2, UUID.class),
                row.getString(3),
                row.getObject(4, UUID.class),
                Arrays.asList((String[]) row.getArray(5).getArray()));
    }
}
