package org.pare.learner.reflection.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.util.UUID;
import org.pare.learner.person.domain.PersonId;
import org.pare.learner.reflection.domain.ReflectionId;
import org.pare.learner.reflection.persistence.RecordAccessLog;
import org.pare.learner.shared.domain.Refusal;

/**
 * A supervisor or assessor reading a reflection a learner shared with them. Anyone it was not shared with gets
 * "not found", so its existence stays private; every read is written to the learner's access log.
 */
@Singleton
public class ReadingSharedReflections {
    private final Reflections reflections;
    private final RecordAccessLog accessLog;
    private final Clock clock = Clock.systemUTC();

    ReadingSharedReflections(Reflections reflections, RecordAccessLog accessLog) {
        this.reflections = reflections;
        this.accessLog = accessLog;
    }

    @Transactional(rollbackFor = SQLException.class)
    public SharedReflectionView read(String loginId, UUID id) throws SQLException {
        PersonId reader = reflections.caller(loginId);
        var connection = reflections.connection();
        var reflection = reflections
                .repository
                .find(connection, new ReflectionId(id))
                .orElseThrow(() -> Refusal.notFound("reflection"));
        Share share = reflections.sharesAndFeedback.sharesOf(connection, id).stream()
                .filter(s -> s.supervisorId().equals(reader.value()))
                .findFirst()
                .orElseThrow(() -> Refusal.notFound("reflection"));
        accessLog.reflectionRead(connection, reader, reflection.learnerId(), id, clock.instant());
        return new SharedReflectionView(reflection, share);
    }
}
