package org.pare.learner.person.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.pare.learner.person.domain.PersonId;
import org.pare.learner.shared.domain.Refusal;

/** Who a token's subject is in the people directory. */
@Singleton
public class PersonDirectory {
    private final TransactionOperations<Connection> transactions;

    PersonDirectory(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** The caller's person id; a subject nobody allocated is refused (403), not treated as a stranger. */
    public PersonId caller(String loginId) {
        return byLoginId(loginId)
                .orElseThrow(() -> new Refusal(Refusal.Kind.UNKNOWN_CALLER, "you are not known to this service"));
    }

    private Optional<PersonId> byLoginId(String loginId) {
        Connection connection = transactions.getConnection();
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM person WHERE login_id = ?")) {
            select.setString(1, loginId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new PersonId(rows.getObject(1, UUID.class))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
