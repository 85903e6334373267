package org.pare.evaluation.invitation.persistence;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pare.messaging.micronaut.Sql;

/** Moves anonymous answers from the pool into the results: responses, comments and the rollups over them. */
@Singleton
public class PooledResponses {
    private final Sql sql;
    private final JsonMapper json;

    public PooledResponses(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    public record Pooled(
            UUID id,
            UUID areaId,
            int version,
            String professionGroup,
            LocalDate quarter,
            String answers,
            Map<String, String> comments,
            LocalDate releaseAfter) {}

    public long size() {
        return sql.one("SELECT count(*) FROM response_pool", row -> row.getLong(1))
                .orElse(0L);
    }

    public boolean lastMixedBefore(java.time.Duration ago) {
        return sql.one(
                        "SELECT last_mixed_at < now() - (? * interval '1 second') FROM response_mixing",
                        row -> row.getBoolean(1),
                        ago.toSeconds())
                .orElse(true);
    }

    /** Takes every pooled response out of the pool, skipping rows another instance is mixing. */
    public List<Pooled> take() {
        return sql.list(
                "DELETE FROM response_pool WHERE id IN (SELECT id FROM response_pool FOR UPDATE SKIP LOCKED)"
                        + " RETURNING id, area_id, questionnaire_version, profession_group, period, answers::text,"
                        + " comments::text, release_after",
                row -> new Pooled(
                        row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class),
                        row.getInt(3),
                        row.getString(4),
                        row.getObject(5, LocalDate.class),
                        row.getString(6),
                        read(row.getString(7)),
                        row.getObject(8, LocalDate.class)));
    }

    public void file(Pooled p, Map<String, Integer> scores) {
        sql.update(
                "INSERT INTO response (id, area_id, questionnaire_version, profession_group, period, answers)"
                        + " VALUES (?, ?, ?, ?, ?, ?::jsonb)",
                p.id(),
                p.areaId(),
                p.version(),
                p.professionGroup(),
                p.quarter(),
                p.answers());
        p.comments()
                .forEach((theme, body) -> sql.update(
                        "INSERT INTO response_comment (id, area_id, questionnaire_version, period, theme, body, release_after)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                        UUID.randomUUID(),
                        p.areaId(),
                        p.version(),
                        p.quarter(),
                        theme,
                        body,
                        p.releaseAfter()));
        sql.update(
                "INSERT INTO rollup_response (area_id, period, questionnaire_version, responses) VALUES (?, ?, ?, 1)"
                        + " ON CONFLICT (area_id, period, questionnaire_version)"
                        + " DO UPDATE SET responses = rollup_response.responses + 1",
                p.areaId(),
                p.quarter(),
                p.version());
        addScores(p, scores);
    }

    public void markMixed() {
        sql.update("UPDATE response_mixing SET last_mixed_at = now()");
    }

    private void addScores(Pooled p, Map<String, Integer> scores) {
        try (PreparedStatement add = sql.connection()
                .prepareStatement("INSERT INTO rollup_item (area_id, period, questionnaire_version, item, answered,"
                        + " total) VALUES (?, ?, ?, ?, 1, ?) ON CONFLICT (area_id, period, questionnaire_version, item)"
                        + " DO UPDATE SET answered = rollup_item.answered + 1,"
                        + " total = rollup_item.total + EXCLUDED.total")) {
            for (var score : scores.entrySet()) {
                add.setObject(1, p.areaId());
                add.setObject(2, p.quarter());
                add.setInt(3, p.version());
                add.setString(4, score.getKey());
                add.setInt(5, score.getValue());
                add.addBatch();
            }
            add.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public Map<String, Integer> scores(String answers) {
        try {
            return json.readValue(answers, Argument.mapOf(String.class, Integer.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> read(String comments) {
        try {
            return json.readValue(comments, Argument.mapOf(String.class, String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
