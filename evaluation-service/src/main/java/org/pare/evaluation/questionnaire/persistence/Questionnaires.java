package org.pare.evaluation.questionnaire.persistence;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pare.evaluation.questionnaire.domain.Questionnaire;
import org.pare.messaging.micronaut.Sql;

/** Published questionnaires; a version never changes once published, so each is read once and kept. */
@Singleton
public class Questionnaires {
    private final Sql sql;
    private final JsonMapper json;
    private final Map<Integer, Questionnaire> read = new ConcurrentHashMap<>();

    public Questionnaires(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    public Questionnaire current() {
        int version = sql.one("SELECT version FROM questionnaire WHERE current", row -> row.getInt(1))
                .orElseThrow(() -> new IllegalStateException("no current questionnaire"));
        return version(version);
    }

    public Questionnaire version(int version) {
        return read.computeIfAbsent(version, this::load);
    }

    private Questionnaire load(int version) {
        String definition = sql.one(
                        "SELECT definition::text FROM questionnaire WHERE version = ?",
                        row -> row.getString(1),
                        version)
                .orElseThrow(() -> new IllegalStateException("no questionnaire version " + version));
        try {
            return json.readValue(definition, QuestionnaireDocument.class).toDomain(version);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
