package org.pare.evaluation.results.persistence;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pare.evaluation.results.domain.GroupSums;
import org.pare.evaluation.results.domain.ItemSum;
import org.pare.messaging.micronaut.Sql;

/** Response counts and per-item sums for a quarter, from the rollups kept as responses are filed. */
@Singleton
public class ScoreRollups {
    private final Sql sql;

    public ScoreRollups(Sql sql) {
        this.sql = sql;
    }

    public record AreaRollup(UUID areaId, String name, String siteName, int responses, Map<String, ItemSum> items) {
        public GroupSums sums() {
            return new GroupSums(String.valueOf(areaId), responses, items);
        }
    }

    public List<AreaRollup> areasOfTrust(UUID trustId, LocalDate quarter, int version) {
        Map<UUID, Map<String, ItemSum>> items = new HashMap<>();
        sql.list(
                "SELECT i.area_id, i.item, i.answered, i.total FROM rollup_item i"
                        + " JOIN placement_area a ON a.id = i.area_id"
                        + " WHERE a.trust_id = ? AND i.period = ? AND i.questionnaire_version = ?",
                row -> items.computeIfAbsent(row.getObject(1, UUID.class), k -> new HashMap<>())
                        .put(row.getString(2), new ItemSum(row.getInt(3), row.getLong(4))),
                trustId,
                quarter,
                version);
        return sql.list(
                "SELECT a.id, a.name, s.name, coalesce(r.responses, 0) FROM placement_area a"
                        + " JOIN site s ON s.id = a.site_id LEFT JOIN rollup_response r ON r.area_id = a.id"
                        + " AND r.period = ? AND r.questionnaire_version = ? WHERE a.trust_id = ?",
                row -> new AreaRollup(
                        row.getObject(1, UUID.class),
                        row.getString(2),
                        row.getString(3),
                        row.getInt(4),
                        items.getOrDefault(row.getObject(1, UUID.class), Map.of())),
                quarter,
                version,
                trustId);
    }

    /** Every area's responses together, for the comparison with all areas. */
    public AreaRollup allAreas(LocalDate quarter, int version) {
        Map<String, ItemSum> items = new HashMap<>();
        sql.list(
                "SELECT item, sum(answered), sum(total) FROM rollup_item WHERE period = ? AND questionnaire_version = ?"
                        + " GROUP BY item",
                row -> items.put(row.getString(1), new ItemSum(row.getInt(2), row.getLong(3))),
                quarter,
                version);
        int responses = sql.one(
                        "SELECT coalesce(sum(responses), 0) FROM rollup_response WHERE period = ?"
                                + " AND questionnaire_version = ?",
                        row -> row.getInt(1),
                        quarter,
                        version)
                .orElse(0);
        return new AreaRollup(null, "All areas", null, responses, items);
    }
}
