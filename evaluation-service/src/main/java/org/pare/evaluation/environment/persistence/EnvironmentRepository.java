package org.pare.evaluation.environment.persistence;

import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pare.evaluation.environment.domain.AreaDetails;
import org.pare.evaluation.environment.domain.PlacementFacts;
import org.pare.messaging.micronaut.Sql;

/** Trusts, sites, areas and placements, kept from allocation events; area details kept from the lead's edits. */
@Singleton
public class EnvironmentRepository {
    private final Sql sql;

    public EnvironmentRepository(Sql sql) {
        this.sql = sql;
    }

    /** Places named by an allocation; an area's name from the lead is never overwritten by a later upload. */
    public void record(PlacementFacts p) {
        sql.update(
                "INSERT INTO organisation (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name",
                p.trustId(),
                p.trustName());
        sql.update("INSERT INTO organisation (id) VALUES (?) ON CONFLICT (id) DO NOTHING", p.universityId());
        sql.update(
                "INSERT INTO site (id, trust_id, name) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name",
                p.siteId(),
                p.trustId(),
                p.siteName());
        sql.update(
                "INSERT INTO placement_area (id, site_id, trust_id, name, profession_groups) VALUES (?, ?, ?, ?, ARRAY[?])"
                        + " ON CONFLICT (id) DO UPDATE SET profession_groups = CASE"
                        + " WHEN EXCLUDED.profession_groups[1] = ANY (placement_area.profession_groups)"
                        + " THEN placement_area.profession_groups"
                        + " ELSE placement_area.profession_groups || EXCLUDED.profession_groups END",
                p.areaId(),
                p.siteId(),
                p.trustId(),
                p.areaName(),
                p.profession());
        sql.update(
                "INSERT INTO placement (id, learner_id, university_id, trust_id, area_id, profession, start_date, end_date,"
                        + " practice_assessor_id, academic_assessor_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET learner_id = EXCLUDED.learner_id, area_id = EXCLUDED.area_id,"
                        + " trust_id = EXCLUDED.trust_id, profession = EXCLUDED.profession,"
                        + " start_date = EXCLUDED.start_date, end_date = EXCLUDED.end_date,"
                        + " practice_assessor_id = EXCLUDED.practice_assessor_id,"
                        + " academic_assessor_id = EXCLUDED.academic_assessor_id",
                p.placementId(),
                p.learnerId(),
                p.universityId(),
                p.trustId(),
                p.areaId(),
                p.profession(),
                p.startDate(),
                p.endDate(),
                p.practiceAssessorId(),
                p.academicAssessorId());
    }

    public record Area(UUID id, UUID siteId, String siteName, UUID trustId, AreaDetails details) {}

    public List<Area> areasOfTrust(UUID trustId) {
        return sql.list(AREA + " WHERE a.trust_id = ? ORDER BY s.name, a.name", EnvironmentRepository::area, trustId);
    }

    public Optional<Area> areaOfTrust(UUID areaId, UUID trustId) {
        return sql.one(AREA + " WHERE a.id = ? AND a.trust_id = ?", EnvironmentRepository::area, areaId, trustId);
    }

    public void update(UUID areaId, AreaDetails d) {
        try {
            Array groups =
                    sql.connection().createArrayOf("text", d.professionGroups().toArray());
            sql.update(
                    "UPDATE placement_area SET name = ?, profession_groups = ?, contact = ?, capacity = ?,"
                            + " updated_at = now() WHERE id = ?",
                    d.name(),
                    groups,
                    d.contact(),
                    d.capacity(),
                    areaId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String AREA = "SELECT a.id, a.site_id, s.name AS site_name, a.trust_id, a.name,"
            + " a.profession_groups, a.contact, a.capacity FROM placement_area a JOIN site s ON s.id = a.site_id";

    private static Area area(ResultSet row) throws SQLException {
        String[] groups = (String[]) row.getArray("profession_groups").getArray();
        Integer capacity = (Integer) row.getObject("capacity");
        return new Area(
                row.getObject("id", UUID.class),
                row.getObject("site_id", UUID.class),
                row.getString("site_name"),
                row.getObject("trust_id", UUID.class),
                new AreaDetails(row.getString("name"), Arrays.asList(groups), row.getString("contact"), capacity));
    }
}
