package org.pare.learner.reflection.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.pare.learner.events.LearnerTopics;
import org.pare.learner.events.ReflectionSubmitted;
import org.pare.learner.person.domain.PersonId;
import org.pare.learner.reflection.domain.Changed;
import org.pare.learner.reflection.domain.Reflection;
import org.pare.learner.reflection.persistence.IdempotencyKeys;
import org.pare.learner.shared.domain.Refusal;
import org.pare.messaging.micronaut.Outbox;

/** Submitting a draft (or a returned reflection); a retry with the same key answers as the first try did. */
@Singleton
public class SubmittingReflection {
    private final Reflections reflections;
    private final IdempotencyKeys keys;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    SubmittingReflection(Reflections reflections, IdempotencyKeys keys, Outbox outbox) {
        this.reflections = reflections;
        this.keys = keys;
        this.outbox = outbox;
    }

    @Transactional(rollbackFor = SQLException.class)
    public ReflectionView submit(String loginId, UUID id, String idempotencyKey) throws SQLException {
        PersonId learner = reflections.caller(loginId);
        Reflection current = reflections.ownLocked(learner, id);
        if (idempotencyKey != null) {
            String hash = Fingerprint.of("submit", id);
            var earlier = keys.claim(reflections.connection(), learner, idempotencyKey, hash, id);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash().equals(hash)) {
                    throw Refusal.unprocessable("this Idempotency-Key was already used for a different request");
                }
                return reflections.view(current);
            }
        }
        Changed<ReflectionSubmitted> changed = current.submit(clock.instant());
        reflections.repository.update(reflections.connection(), changed.reflection());
        outbox.publish(LearnerTopics.REFLECTION, ReflectionSubmitted.TYPE, id.toString(), changed.event());
        if (current.submittedAt() == null) {
            // never submitted before, so never shared: there are no shares or feedback to read back
            return new ReflectionView(changed.reflection(), List.of(), List.of());
        }
        return reflections.view(changed.reflection());
    }
}
