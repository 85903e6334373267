package org.pare.learner.reflection.app;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.pare.learner.person.domain.PersonId;
import org.pare.learner.person.persistence.PersonDirectory;
import org.pare.learner.reflection.domain.Reflection;
import org.pare.learner.reflection.domain.ReflectionId;
import org.pare.learner.reflection.persistence.ReflectionRepository;
import org.pare.learner.reflection.persistence.SharesAndFeedback;
import org.pare.learner.shared.domain.Refusal;

/** What every reflection use case needs: the caller, their own reflections only, and the current view. */
@Singleton
class Reflections {
    final TransactionOperations<Connection> transactions;
    final PersonDirectory people;
    final ReflectionRepository repository;
    final SharesAndFeedback sharesAndFeedback;

    Reflections(
            TransactionOperations<Connection> transactions,
            PersonDirectory people,
            ReflectionRepository repository,
            SharesAndFeedback sharesAndFeedback) {
        this.transactions = transactions;
        this.people = people;
        this.repository = repository;
        this.sharesAndFeedback = sharesAndFeedback;
    }

    Connection connection() {
        return transactions.getConnection();
    }

    PersonId caller(String loginId) {
        return people.caller(loginId);
    }

    /** The caller's reflection, locked for a change; anyone else's is "not found", never "forbidden". */
    Reflection ownLocked(PersonId learner, UUID id) throws SQLException {
        return repository
                .lock(connection(), new ReflectionId(id))
                .filter(r -> r.learnerId().equals(learner))
                .orElseThrow(() -> Refusal.notFound("reflection"));
    }

    ReflectionView view(Reflection reflection) throws SQLException {
        UUID id = reflection.id().value();
        return new ReflectionView(
                reflection,
                sharesAndFeedback.sharesOf(connection(), id),
                sharesAndFeedback.feedbackOn(connection(), id));
    }
}
