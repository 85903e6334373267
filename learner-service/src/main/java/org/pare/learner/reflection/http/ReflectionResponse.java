package org.pare.learner.reflection.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pare.learner.reflection.app.FeedbackReceived;
import org.pare.learner.reflection.app.ReflectionView;
import org.pare.learner.reflection.app.Share;
import org.pare.learner.reflection.domain.Reflection;

/** A reflection as its learner reads it, with whom it is shared and the feedback received on it. */
@Serdeable
record ReflectionResponse(
        UUID id,
        String templateKey,
        int templateVersion,
        String title,
        LocalDate date,
        Map<String, String> answers,
        String state,
        boolean locked,
        @Nullable UUID correctionOf,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant submittedAt,
        @Nullable Instant returnedAt,
        @Nullable Instant signedOffAt,
        List<SharedWith> sharedWith,
        List<Feedback> feedback) {

    @Serdeable
    record SharedWith(UUID supervisorId, String purpose, Instant sharedAt) {}

    @Serdeable
    record Feedback(UUID feedbackId, UUID supervisorId, List<String> tags, Instant givenAt) {}

    static ReflectionResponse of(ReflectionView view) {
        Reflection r = view.reflection();
        return new ReflectionResponse(
                r.id().value(),
                r.content().templateKey(),
                r.content().templateVersion(),
                r.content().title(),
                r.content().occurredOn(),
                r.content().answers(),
                r.state().name(),
                r.isLocked(),
                r.correctionOf() == null ? null : r.correctionOf().value(),
                r.createdAt(),
                r.updatedAt(),
                r.submittedAt(),
                r.returnedAt(),
                r.signedOffAt(),
                view.shares().stream().map(ReflectionResponse::sharedWith).toList(),
                view.feedback().stream().map(ReflectionResponse::feedback).toList());
    }

    private static SharedWith sharedWith(Share s) {
        return new SharedWith(s.supervisorId(), s.purpose().name(), s.sharedAt());
    }

    private static Feedback feedback(FeedbackReceived f) {
        return new Feedback(f.feedbackId(), f.supervisorId(), f.tags(), f.givenAt());
    }
}
