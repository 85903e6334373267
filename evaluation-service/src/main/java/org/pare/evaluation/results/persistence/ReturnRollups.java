package org.pare.evaluation.results.persistence;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pare.evaluation.results.domain.InvitationCounts;
import org.pare.messaging.micronaut.Sql;

/** Invitations and returns of a trust over a span of months, grouped as the dashboard shows them. */
@Singleton
public class ReturnRollups {
    private final Sql sql;

    public ReturnRollups(Sql sql) {
        this.sql = sql;
    }

    public List<InvitationCounts> byArea(UUID trustId, LocalDate from, LocalDate to) {
        return sql.list(
                "SELECT a.id::text, a.name, s.name, coalesce(sum(r.invited), 0), coalesce(sum(r.returned), 0)"
                        + " FROM placement_area a JOIN site s ON s.id = a.site_id"
                        + " LEFT JOIN rollup_invitation r ON r.area_id = a.id AND r.period BETWEEN ? AND ?"
                        + " WHERE a.trust_id = ? GROUP BY a.id, a.name, s.name",
                ReturnRollups::counts,
                from,
                to,
                trustId);
    }

    public List<InvitationCounts> byProfession(UUID trustId, LocalDate from, LocalDate to) {
        return sql.list(
                "SELECT r.profession_group, r.profession_group, NULL, sum(r.invited), sum(r.returned)"
                        + " FROM rollup_invitation r JOIN placement_area a ON a.id = r.area_id"
                        + " WHERE a.trust_id = ? AND r.period BETWEEN ? AND ? GROUP BY r.profession_group",
                ReturnRollups::counts,
                trustId,
                from,
                to);
    }

    public List<InvitationCounts> byMonth(UUID trustId, LocalDate from, LocalDate to) {
        return sql.list(
                "SELECT to_char(r.period, 'YYYY-MM'), to_char(r.period, 'YYYY-MM'), NULL, sum(r.invited),"
                        + " sum(r.returned) FROM rollup_invitation r JOIN placement_area a ON a.id = r.area_id"
                        + " WHERE a.trust_id = ? AND r.period BETWEEN ? AND ? GROUP BY r.period ORDER BY r.period",
                ReturnRollups::counts,
                trustId,
                from,
                to);
    }

    private static InvitationCounts counts(java.sql.ResultSet row) throws java.sql.SQLException {
        return new InvitationCounts(row.getString(1), row.getString(2), row.getString(3), row.getInt(4), row.getInt(5));
    }
}
