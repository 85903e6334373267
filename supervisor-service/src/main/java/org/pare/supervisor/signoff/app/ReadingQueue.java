package org.pare.supervisor.signoff.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pare.supervisor.person.persistence.People;
import org.pare.supervisor.shared.domain.Refusal;
import org.pare.supervisor.signoff.domain.SharedReflection;
import org.pare.supervisor.signoff.persistence.ReturnComments;
import org.pare.supervisor.signoff.persistence.ReturnComments.ReturnComment;
import org.pare.supervisor.signoff.persistence.SharedReflections;

/** What waits for a supervisor, one shared reflection as they see it, and return comments for the learner. */
@Singleton
public class ReadingQueue {
    static final int QUEUE_LIMIT = 200;
    private final People people;
    private final Relationship relationship;
    private final SharedReflections reflections;
    private final ReturnComments comments;
    private final Clock clock;

    ReadingQueue(
            People people,
            Relationship relationship,
            SharedReflections reflections,
            ReturnComments comments,
            Clock clock) {
        this.people = people;
        this.relationship = relationship;
        this.reflections = reflections;
        this.comments = comments;
        this.clock = clock;
    }

    public record Item(SharedReflection reflection, String learnerName, Duration waited) {}

    @Transactional(readOnly = true)
    public List<Item> waitingFor(String loginId) {
        UUID me = people.caller(loginId);
        Instant now = clock.instant();
        return reflections.waitingFor(me, QUEUE_LIMIT).stream()
                .map(r -> new Item(r, nameOf(r.learnerId()), Duration.between(r.sharedAt(), now)))
                .toList();
    }

    @Transactional(readOnly = true)
    public Item one(String loginId, UUID reflectionId) {
        UUID me = people.caller(loginId);
        SharedReflection reflection = relationship.readBy(reflectionId, me).reflection();
        return new Item(
                reflection, nameOf(reflection.learnerId()), Duration.between(reflection.sharedAt(), clock.instant()));
    }

    /** A return comment, for the learner it was written to or the supervisor who wrote it; anyone else: 404. */
    @Transactional(readOnly = true)
    public ReturnComment returnComment(String loginId, UUID commentId) {
        UUID me = people.caller(loginId);
        Optional<ReturnComment> comment = comments.find(commentId);
        return comment.filter(c -> c.learnerId().equals(me) || c.supervisorId().equals(me))
                .orElseThrow(() -> Refusal.notFound("comment"));
    }

    private String nameOf(UUID person) {
        return people.name(person).orElse("A learner");
    }
}
