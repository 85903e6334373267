package org.pare.learner.reflection.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pare.learner.person.domain.PersonId;
import org.pare.learner.reflection.domain.ReflectionId;
import org.pare.learner.reflection.domain.ReflectionState;
import org.pare.learner.reflection.persistence.RecordAccessLog;
import org.pare.learner.shared.domain.Refusal;

/** A learner reading their own reflections, with the feedback they received. */
@Singleton
public class ReadingReflections {
    private final Reflections reflections;
    private final RecordAccessLog accessLog;

    ReadingReflections(Reflections reflections, RecordAccessLog accessLog) {
        this.reflections = reflections;
        this.accessLog = accessLog;
    }

    /** Who read the learner's records, newest first: the learner's own view of the audit. */
    @Transactional(readOnly = true, rollbackFor = SQLException.class)
    public List<RecordAccessLog.Entry> readsOfMyRecords(String loginId, int limit) throws SQLException {
        return accessLog.ofLearner(reflections.connection(), reflections.caller(loginId), limit);
    }

    @Transactional(readOnly = true, rollbackFor = SQLException.class)
    public List<ReflectionView> list(String loginId, ReflectionState state) throws SQLException {
        PersonId learner = reflections.caller(loginId);
        var found = reflections.repository.ofLearner(reflections.connection(), learner, state);
        var views = new ArrayList<ReflectionView>();
        for (var reflection : found) {
            views.add(reflections.view(reflection));
        }
        return views;
    }

    /** Every piece of feedback the learner received, including feedback not about a reflection. */
    @Transactional(readOnly = true, rollbackFor = SQLException.class)
    public List<FeedbackReceived> feedback(String loginId) throws SQLException {
        PersonId learner = reflections.caller(loginId);
        return reflections.sharesAndFeedback.feedbackFor(reflections.connection(), learner.value());
    }

    @Transactional(readOnly = true, rollbackFor = SQLException.class)
    public ReflectionView one(String loginId, UUID id) throws SQLException {
        PersonId learner = reflections.caller(loginId);
        return reflections.view(reflections
                .repository
                .find(reflections.connection(), new ReflectionId(id))
                .filter(r -> r.learnerId().equals(learner))
                .orElseThrow(() -> Refusal.notFound("reflection")));
    }
}
