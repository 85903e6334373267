package org.pare.learner.reflection.persistence;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.pare.learner.person.domain.PersonId;

/**
 * Client-generated keys that make a create or a submit safe to retry. Claiming a key inserts it; a
 * concurrent claim of the same key waits for the first transaction (the primary key makes PostgreSQL do
 * so) and then finds the first claim, so two requests never both act.
 */
@Singleton
public class IdempotencyKeys {

    /** The earlier claim of this key, if there was one; otherwise claims it for this request. */
    public Optional<Claim> claim(Connection connection, PersonId learner, String key, String requestHash, UUID target)
            throws SQLException {
        String sql = "INSERT INTO idempotency_key (learner_id, key, request_hash, reflection_id)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (learner_id, key) DO NOTHING";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setObject(1, learner.value());
            insert.setString(2, key);
            insert.setString(3, requestHash);
            insert.setObject(4, target);
            if (insert.executeUpdate() == 1) {
                return Optional.empty();
            }
        }
        return Optional.of(earlier(connection, learner, key));
    }

    private Claim earlier(Connection connection, PersonId learner, String key) throws SQLException {
        String sql = "SELECT request_hash, reflection_id FROM idempotency_key WHERE learner_id = ? AND key = ?";
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, learner.value());
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return new Claim(rows.getString(1), rows.getObject(2, UUID.class));
            }
        }
    }

    /** A key's first use: which request it was for and which reflection it produced. */
    public record Claim(String requestHash, UUID reflectionId) {}
}
