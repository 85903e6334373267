package org.pare.evaluation.invitation.persistence;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;
import org.pare.evaluation.questionnaire.domain.Answers;
import org.pare.messaging.micronaut.Sql;

/** Partly answered evaluations: the learner's own, so keyed by invitation, and deleted when the answers are sent. */
@Singleton
public class DraftRepository {
    private final Sql sql;
    private final JsonMapper json;

    public DraftRepository(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    public void save(UUID invitationId, Answers answers) {
        sql.update(
                "INSERT INTO evaluation_draft (invitation_id, answers, comments) VALUES (?, ?::jsonb, ?::jsonb)"
                        + " ON CONFLICT (invitation_id) DO UPDATE SET answers = EXCLUDED.answers,"
                        + " comments = EXCLUDED.comments, saved_at = now()",
                invitationId,
                write(answers.scores()),
                write(answers.comments()));
    }

    public Optional<Answers> find(UUID invitationId) {
        return sql.one(
                "SELECT answers::text, comments::text FROM evaluation_draft WHERE invitation_id = ?",
                row -> new Answers(
                        read(row.getString(1), Argument.mapOf(String.class, Integer.class)),
                        read(row.getString(2), Argument.mapOf(String.class, String.class))),
                invitationId);
    }

    public void delete(UUID invitationId) {
        sql.update("DELETE FROM evaluation_draft WHERE invitation_id = ?", invitationId);
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
