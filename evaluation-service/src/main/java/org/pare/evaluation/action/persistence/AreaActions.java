package org.pare.evaluation.action.persistence;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pare.evaluation.action.domain.AreaAction;
import org.pare.evaluation.events.ActionStatus;
import org.pare.messaging.micronaut.Sql;

@Singleton
public class AreaActions {
    private static final String SELECT = "SELECT id, area_id, trust_id, owner_login_id, due_on, status, themes,"
            + " description, you_said_we_did FROM area_action";
    private final Sql sql;

    public AreaActions(Sql sql) {
        this.sql = sql;
    }

    public void save(AreaAction a, Instant now) {
        var t = a.terms();
        try {
            var themes = sql.connection().createArrayOf("text", t.themes().toArray());
            sql.update(
                    "INSERT INTO area_action (id, area_id, trust_id, owner_login_id, due_on, status, themes, description,"
                            + " you_said_we_did, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                            + " ON CONFLICT (id) DO UPDATE SET owner_login_id = EXCLUDED.owner_login_id,"
                            + " due_on = EXCLUDED.due_on, status = EXCLUDED.status, themes = EXCLUDED.themes,"
                            + " description = EXCLUDED.description, you_said_we_did = EXCLUDED.you_said_we_did,"
                            + " updated_at = EXCLUDED.updated_at",
                    a.id(),
                    a.areaId(),
                    a.trustId(),
                    t.ownerLoginId(),
                    t.dueOn(),
                    t.status().name(),
                    themes,
                    t.description(),
                    t.youSaidWeDid(),
                    Timestamp.from(now),
                    Timestamp.from(now));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<AreaAction> ofTrustForUpdate(UUID id, UUID trustId) {
        return sql.one(SELECT + " WHERE id = ? AND trust_id = ? FOR UPDATE", AreaActions::action, id, trustId);
    }

    public Optional<AreaAction> find(UUID id) {
        return sql.one(SELECT + " WHERE id = ?", AreaActions::action, id);
    }

    public List<AreaAction> ofArea(UUID areaId) {
        return sql.list(SELECT + " WHERE area_id = ? ORDER BY due_on", AreaActions::action, areaId);
    }

    public List<AreaAction> overdueOfTrust(UUID trustId, LocalDate today) {
        return sql.list(
                SELECT + " WHERE trust_id = ? AND due_on < ? AND status IN ('PLANNED', 'IN_PROGRESS') ORDER BY due_on",
                AreaActions::action,
                trustId,
                today);
    }

    /** Overdue actions not yet announced for their current due date, locked so two instances announce once. */
    public List<AreaAction> overdueToAnnounce(LocalDate today) {
        return sql.list(
                SELECT + " WHERE due_on < ? AND status IN ('PLANNED', 'IN_PROGRESS')"
                        + " AND overdue_announced_for IS DISTINCT FROM due_on FOR UPDATE SKIP LOCKED",
                AreaActions::action,
                today);
    }

    public void announcedOverdue(AreaAction a) {
        sql.update("UPDATE area_action SET overdue_announced_for = due_on WHERE id = ?", a.id());
    }

    /** The lines for the learner's current and coming placements' areas. */
    public List<String> youSaidWeDidFor(UUID learnerId, LocalDate today) {
        return sql.list(
                "SELECT a.name || ': ' || x.you_said_we_did FROM area_action x JOIN placement_area a ON a.id = x.area_id"
                        + " WHERE x.area_id IN (SELECT area_id FROM placement WHERE learner_id = ? AND end_date >= ?)"
                        + " AND x.you_said_we_did IS NOT NULL AND x.status IN ('IN_PROGRESS', 'DONE')"
                        + " ORDER BY a.name, x.updated_at DESC",
                row -> row.getString(1),
                learnerId,
                today);
    }

    private static AreaAction action(ResultSet row) throws SQLException {
        return new AreaAction(
                row.getObject("id", UUID.class),
                row.getObject("area_id", UUID.class),
                row.getObject("trust_id", UUID.class),
                new AreaAction.Terms(
                        row.getString("owner_login_id"),
                        row.getObject("due_on", LocalDate.class),
                        ActionStatus.valueOf(row.getString("status")),
                        Arrays.asList((String[]) row.getArray("themes").getArray()),
                        row.getString("description"),
                        row.getString("you_said_we_did")));
    }
}
