package org.pare.evaluation.invitation.persistence;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.pare.evaluation.invitation.domain.AnonymousResponse;
import org.pare.messaging.micronaut.Sql;

/** Where a sent evaluation's anonymous answers wait to be mixed into the results (see {@code MixingResponses}). */
@Singleton
public class ResponsePool {
    private final Sql sql;
    private final JsonMapper json;

    public ResponsePool(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    public void add(AnonymousResponse r) {
        sql.update(
                "INSERT INTO response_pool (id, area_id, questionnaire_version, profession_group, period, answers,"
                        + " comments, release_after) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?)",
                r.id(),
                r.areaId(),
                r.questionnaireVersion(),
                r.professionGroup(),
                r.quarter(),
                write(r.answers().scores()),
                write(r.answers().comments()),
                r.commentsReleaseAfter());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
