package org.pare.evaluation.results.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pare.evaluation.environment.persistence.EnvironmentRepository;
import org.pare.evaluation.results.domain.Quarter;
import org.pare.evaluation.results.domain.SmallGroups;
import org.pare.evaluation.shared.domain.Refusal;
import org.pare.messaging.micronaut.Sql;

/**
 * An area's free-text comments for a quarter, for the lead of its trust: only those whose release date has passed
 * (the placement ended and its assessment is final), and only when the area has at least 5 responses that quarter.
 */
@Singleton
public class ReadingComments {
    private final EnvironmentRepository places;
    private final Sql sql;
    private final Clock clock = Clock.systemUTC();

    ReadingComments(EnvironmentRepository places, Sql sql) {
        this.places = places;
        this.sql = sql;
    }

    public record Comment(String theme, String body) {}

    /** @param comments null when suppressed */
    public record Comments(String quarter, boolean suppressed, List<Comment> comments) {}

    @Transactional(readOnly = true)
    public Comments of(UUID trustId, UUID areaId, Quarter quarter) {
        places.areaOfTrust(areaId, trustId).orElseThrow(() -> Refusal.notFound("area"));
        int responses = sql.one(
                        "SELECT coalesce(sum(responses), 0) FROM rollup_response WHERE area_id = ? AND period = ?",
                        row -> row.getInt(1),
                        areaId,
                        quarter.firstDay())
                .orElse(0);
        if (responses < SmallGroups.MINIMUM) {
            return new Comments(quarter.toString(), true, null);
        }
        var released = sql.list(
                "SELECT theme, body FROM response_comment WHERE area_id = ? AND period = ? AND release_after <= ?"
                        + " ORDER BY theme, body",
                row -> new Comment(row.getString(1), row.getString(2)),
                areaId,
                quarter.firstDay(),
                LocalDate.now(clock));
        return new Comments(quarter.toString(), false, released);
    }
}
