package org.pare.learner.reflection.persistence;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pare.learner.person.domain.PersonId;
import org.pare.learner.reflection.domain.Reflection;
import org.pare.learner.reflection.domain.ReflectionContent;
import org.pare.learner.reflection.domain.ReflectionId;
import org.pare.learner.reflection.domain.ReflectionState;

/** Reflections in the learner database, on the caller's connection (so inside the caller's transaction). */
@Singleton
public class ReflectionRepository {
    private static final String COLUMNS = "id, learner_id, template_key, template_version, title, occurred_on,"
            + " answers, state, correction_of, created_at, updated_at, submitted_at, returned_at, signed_off_at";
    private final JsonMapper json;

    ReflectionRepository(JsonMapper json) {
        this.json = json;
    }

    public void insert(Connection connection, Reflection r) throws SQLException {
        String sql =
                "INSERT INTO reflection (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, r.id().value());
            insert.setObject(2, r.learnerId().value());
            insert.setObject(
                    9, r.correctionOf() == null ? null : r.correctionOf().value());
            insert.setTimestamp(10, Timestamp.from(r.createdAt()));
            bindChangeable(insert, r, 3);
            insert.executeUpdate();
        }
    }

    public void update(Connection connection, Reflection r) throws SQLException {
        String sql = "UPDATE reflection SET template_key = ?, template_version = ?, title = ?, occurred_on = ?,"
                + " answers = ?::jsonb, state = ?, updated_at = ?, submitted_at = ?, returned_at = ?,"
                + " signed_off_at = ? WHERE id = ?";
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            bindChangeable(update, r, 1);
            update.setObject(11, r.id().value());
            update.executeUpdate();
        }
    }

    /** The reflection, locked until the transaction ends so two changes never interleave. */
    public Optional<Reflection> lock(Connection connection, ReflectionId id) throws SQLException {
        return query(connection, "WHERE id = ? FOR UPDATE", id.value(), null).stream()
                .findFirst();
    }

    public Optional<Reflection> find(Connection connection, ReflectionId id) throws SQLException {
        return query(connection, "WHERE id = ?", id.value(), null).stream().findFirst();
    }

    public List<Reflection> ofLearner(Connection connection, PersonId learner, ReflectionState state)
            throws SQLException {
        String where = "WHERE learner_id = ?" + (state == null ? "" : " AND state = ?");
        return query(connection, where + " ORDER BY occurred_on DESC, created_at DESC", learner.value(), state);
    }

    private void bindChangeable(PreparedStatement statement, Reflection r, int from) throws SQLException {
        ReflectionContent c = r.content();
        int i = from;
        statement.setString(i++, c.templateKey());
        statement.setInt(i++, c.templateVersion());
        statement.setString(i++, c.title());
        statement.setObject(i++, c.occurredOn());
        statement.setString(i++, writeAnswers(c.answers()));
        statement.setString(i++, r.state().name());
        if (from == 3) {
            i += 2; // correction_of and created_at are bound by insert, never changed
        }
        statement.setTimestamp(i++, Timestamp.from(r.updatedAt()));
        statement.setTimestamp(i++, timestamp(r.submittedAt()));
        statement.setTimestamp(i++, timestamp(r.returnedAt()));
        statement.setTimestamp(i, timestamp(r.signedOffAt()));
    }

    private List<Reflection> query(Connection connection, String where, UUID id, ReflectionState state)
            throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT " + COLUMNS + " FROM reflection " + where)) {
            select.setObject(1, id);
            if (state != null) {
                select.setString(2, state.name());
            }
            List<Reflection> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(map(rows));
                }
            }
            return found;
        }
    }

    private Reflection map(ResultSet rows) throws SQLException {
        UUID correction = rows.getObject("correction_of", UUID.class);
        return new Reflection(
                new ReflectionId(rows.getObject("id", UUID.class)),
                new PersonId(rows.getObject("learner_id", UUID.class)),
                new ReflectionContent(
                        rows.getString("template_key"),
                        rows.getInt("template_version"),
                        rows.getString("title"),
                        rows.getObject("occurred_on", LocalDate.class),
                        readAnswers(rows.getString("answers"))),
                ReflectionState.valueOf(rows.getString("state")),
                correction == null ? null : new ReflectionId(correction),
                instant(rows, "created_at"),
                instant(rows, "updated_at"),
                instant(rows, "submitted_at"),
                instant(rows, "returned_at"),
                instant(rows, "signed_off_at"));
    }

    private String writeAnswers(Map<String, String> answers) {
        try {
            return json.writeValueAsString(answers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> readAnswers(String text) {
        try {
            return json.readValue(text, Argument.mapOf(String.class, String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        Timestamp value = rows.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
