package org.pare.learner.placement.persistence;

import jakarta.inject.Singleton;
import java.util.UUID;
import org.pare.learner.placement.domain.Place;
import org.pare.messaging.micronaut.Sql;

/** Trusts, sites and areas are created the first time an upload names them, and found by name after. */
@Singleton
public class PlaceRepository {
    private final Sql sql;

    public PlaceRepository(Sql sql) {
        this.sql = sql;
    }

    public Place resolve(String trust, String site, String area) {
        UUID trustId = idOf("trust", "name", trust, null, null);
        UUID siteId = idOf("site", "name", site, "trust_id", trustId);
        UUID areaId = idOf("placement_area", "name", area, "site_id", siteId);
        return new Place(trustId, trust, siteId, site, areaId, area);
    }

    /** Insert-if-absent that two concurrent uploads can both run: the loser of the race reads the winner's row. */
    private UUID idOf(String table, String nameColumn, String name, String parentColumn, UUID parent) {
        String parentMatch = parentColumn == null ? "" : " AND " + parentColumn + " = ?";
        Object[] key = parent == null ? new Object[] {name} : new Object[] {name, parent};
        String columns = parentColumn == null ? "id, name" : "id, name, " + parentColumn;
        String values = parentColumn == null ? "?, ?" : "?, ?, ?";
        Object[] insert = parent == null
                ? new Object[] {UUID.randomUUID(), name}
                : new Object[] {UUID.randomUUID(), name, parent};
        sql.update(
                "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ") ON CONFLICT DO NOTHING", insert);
        return sql.one(
                        "SELECT id FROM " + table + " WHERE " + nameColumn + " = ?" + parentMatch,
                        row -> row.getObject("id", UUID.class),
                        key)
                .orElseThrow();
    }
}
