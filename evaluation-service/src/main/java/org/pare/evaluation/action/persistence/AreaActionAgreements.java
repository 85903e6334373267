package org.pare.evaluation.action.persistence;

import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pare.evaluation.action.domain.Agreement;
import org.pare.messaging.micronaut.Sql;

/** Universities' agreements and comments on area actions, and which universities place learners where. */
@Singleton
public class AreaActionAgreements {
    private final Sql sql;

    public AreaActionAgreements(Sql sql) {
        this.sql = sql;
    }

    public void save(Agreement a) {
        sql.update(
                "INSERT INTO area_action_agreement (action_id, university_id, decision, comment, by_login_id, at)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (action_id, university_id) DO UPDATE SET"
                        + " decision = EXCLUDED.decision, comment = EXCLUDED.comment,"
                        + " by_login_id = EXCLUDED.by_login_id, at = EXCLUDED.at",
                a.actionId(),
                a.universityId(),
                a.decision().name(),
                a.comment(),
                a.byLoginId(),
                Timestamp.from(a.at()));
    }

    /** An agreement as shown; {@code beforeLastChange} when the trust changed the action after it was given. */
    public record Shown(Agreement agreement, String universityName, boolean beforeLastChange) {}

    public Map<UUID, List<Shown>> ofActions(List<UUID> actionIds) {
        Map<UUID, List<Shown>> shown = new HashMap<>();
        if (actionIds.isEmpty()) {
            return shown;
        }
        sql.list(
                "SELECT g.action_id, g.university_id, g.decision, g.comment, g.by_login_id, g.at, o.name,"
                        + " g.at < x.updated_at FROM area_action_agreement g JOIN area_action x ON x.id = g.action_id"
                        + " LEFT JOIN organisation o ON o.id = g.university_id"
                        + " WHERE g.action_id = ANY (?) ORDER BY g.at",
                row -> shown.computeIfAbsent(row.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new Shown(
                                new Agreement(
                                        row.getObject(1, UUID.class),
                                        row.getObject(2, UUID.class),
                                        Agreement.Decision.valueOf(row.getString(3)),
                                        row.getString(4),
                                        row.getString(5),
                                        row.getTimestamp(6).toInstant()),
                                row.getString(7),
                                row.getBoolean(8))),
                ids(actionIds));
        return shown;
    }

    /** True when the university has placed a learner in the area (past, current or coming placement). */
    public boolean placesLearnersIn(UUID universityId, UUID areaId) {
        return sql.one(
                        "SELECT EXISTS (SELECT 1 FROM placement WHERE area_id = ? AND university_id = ?)",
                        row -> row.getBoolean(1),
                        areaId,
                        universityId)
                .orElse(false);
    }

    public record UniversityArea(UUID areaId, String name, String trustName) {}

    public List<UniversityArea> areasOf(UUID universityId) {
        return sql.list(
                "SELECT a.id, a.name, o.name FROM placement_area a LEFT JOIN organisation o ON o.id = a.trust_id"
                        + " WHERE a.id IN (SELECT area_id FROM placement WHERE university_id = ?) ORDER BY a.name",
                row -> new UniversityArea(row.getObject(1, UUID.class), row.getString(2), row.getString(3)),
                universityId);
    }

    private java.sql.Array ids(List<UUID> ids) {
        try {
            return sql.connection().createArrayOf("uuid", ids.toArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
