package org.pare.learner.reflection.app;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.pare.learner.reflection.domain.Reflection;
import org.pare.learner.reflection.domain.ReflectionId;
import org.pare.learner.reflection.persistence.ReflectionRepository;
import org.pare.learner.reflection.persistence.SharesAndFeedback;
import org.pare.learner.shared.domain.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applying what supervisors decided (in supervisor-service) to the learner's reflections. Runs on the
 * consumer's connection and transaction. An event about a reflection we do not have (or of another learner), or one its state no
 * longer allows (a return after a sign-off), is logged and skipped: retrying could never make it apply.
 */
@Singleton
public class RecordingSupervisorDecisions {
    private static final Logger LOG = LoggerFactory.getLogger(RecordingSupervisorDecisions.class);
    private final ReflectionRepository repository;
    private final SharesAndFeedback feedback;

    RecordingSupervisorDecisions(ReflectionRepository repository, SharesAndFeedback feedback) {
        this.repository = repository;
        this.feedback = feedback;
    }

    public void signedOff(Connection connection, UUID reflectionId, UUID learnerId, Instant at) throws SQLException {
        apply(connection, reflectionId, learnerId, "sign-off", r -> r.signOff(at));
    }

    public void returned(Connection connection, UUID reflectionId, UUID learnerId, Instant at) throws SQLException {
        apply(connection, reflectionId, learnerId, "return", r -> r.returnToLearner(at));
    }

    public void feedbackGiven(Connection connection, FeedbackReceived received) throws SQLException {
        feedback.record(connection, received);
    }

    private void apply(Connection connection, UUID id, UUID learnerId, String what, UnaryOperator<Reflection> change)
            throws SQLException {
        var found = repository
                .lock(connection, new ReflectionId(id))
                .filter(r -> r.learnerId().value().equals(learnerId));
        if (found.isEmpty()) {
            LOG.warn("skipping {} of reflection {}: no such reflection of learner {}", what, id, learnerId);
            return;
        }
        try {
            Reflection changed = change.apply(found.get());
            if (changed != found.get()) {
                repository.update(connection, changed);
            }
        } catch (Refusal refusal) {
            LOG.warn("skipping {} of reflection {}: {}", what, id, refusal.getMessage());
        }
    }
}
