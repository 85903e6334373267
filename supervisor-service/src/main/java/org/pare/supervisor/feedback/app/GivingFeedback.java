package org.pare.supervisor.feedback.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.pare.messaging.micronaut.Outbox;
import org.pare.supervisor.assignment.persistence.Placements;
import org.pare.supervisor.events.FeedbackGiven;
import org.pare.supervisor.events.SupervisorTopics;
import org.pare.supervisor.feedback.domain.FeedbackTags;
import org.pare.supervisor.feedback.persistence.FeedbackRecords;
import org.pare.supervisor.feedback.persistence.FeedbackRecords.Feedback;
import org.pare.supervisor.person.persistence.People;
import org.pare.supervisor.shared.domain.Refusal;

/**
 * A supervisor gives a learner assigned to them in-the-moment feedback. The text stays here; the event carries
 * ids and tags. A retry with the same Idempotency-Key returns the first feedback and publishes nothing more.
 */
@Singleton
public class GivingFeedback {
    private final People people;
    private final Placements placements;
    private final FeedbackRecords records;
    private final Outbox outbox;
    private final Clock clock;

    GivingFeedback(People people, Placements placements, FeedbackRecords records, Outbox outbox, Clock clock) {
        this.people = people;
        this.placements = placements;
        this.records = records;
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Given(Feedback feedback, boolean isNew) {}

    @Transactional
    public Given give(
            String loginId,
            String idempotencyKey,
            UUID learner,
            List<String> tags,
            String wentWell,
            String toDevelop,
            UUID reflectionId) {
        UUID me = people.caller(loginId);
        if (idempotencyKey != null) {
            var earlier = records.byKey(me, idempotencyKey);
            if (earlier.isPresent()) {
                return new Given(earlier.get(), false);
            }
        }
        var placement = placements.supervisedBy(me, learner).orElseThrow(() -> Refusal.notFound("learner"));
        Feedback feedback = new Feedback(
                UUID.randomUUID(),
                learner,
                me,
                placement.id(),
                FeedbackTags.checked(tags),
                wentWell,
                toDevelop,
                reflectionId,
                clock.instant());
        if (!records.add(feedback, idempotencyKey)) {
            return new Given(records.byKey(me, idempotencyKey).orElseThrow(), false);
        }
        outbox.publish(
                SupervisorTopics.FEEDBACK,
                FeedbackGiven.TYPE,
                feedback.id().toString(),
                new FeedbackGiven(feedback.id(), learner, me, feedback.tags(), reflectionId, feedback.givenAt()));
        return new Given(feedback, true);
    }

    @Transactional(readOnly = true)
    public List<Feedback> receivedBy(String loginId) {
        return records.forLearner(people.caller(loginId));
    }
}
