package org.pare.notification.directory.messaging;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pare.learner.events.LearnerTopics;
import org.pare.learner.events.PersonChanged;
import org.pare.learner.events.PersonRegistered;
import org.pare.learner.events.PlacementAllocated;
import org.pare.learner.events.PlacementChanged;
import org.pare.messaging.consumer.EventHandler;
import org.pare.messaging.consumer.EventRouter;
import org.pare.messaging.consumer.Subscription;
import org.pare.notification.directory.persistence.People;
import org.pare.notification.directory.persistence.Placements;
import org.pare.notification.email.persistence.OutgoingEmails;

/**
 * Keeps the people and placement copies up to date from learner-service. The records read here keep only the
 * fields this service needs, so a producer adding fields breaks nothing.
 */
@Factory
class DirectorySubscription {
    static final String CONSUMER = "notification-service.directory";

    @Singleton
    Subscription directory(JsonMapper json, People people, Placements placements, OutgoingEmails emails, Clock clock) {
        EventHandler person = (event, connection) -> {
            Person p = json.readValue(event.data(), Person.class);
            people.save(p.personId(), p.loginId(), p.name(), p.email());
            if (p.email() != null && !p.email().isBlank()) {
                emails.rearm(p.personId(), clock.instant());
            }
        };
        EventHandler placement = (event, connection) -> {
            Placement p = json.readValue(event.data(), Placement.class);
            placements.save(new Placements.Placement(
                    p.placementId(),
                    p.learnerId(),
                    p.trustId(),
                    p.practiceSupervisorIds() == null ? List.of() : p.practiceSupervisorIds(),
                    p.practiceAssessorId(),
                    p.academicAssessorId(),
                    p.endDate()));
        };
        EventRouter router = EventRouter.builder()
                .on(PersonRegistered.TYPE, person)
                .on(PersonChanged.TYPE, person)
                .on(PlacementAllocated.TYPE, placement)
                .on(PlacementChanged.TYPE, placement)
                .build();
        return Subscription.of(CONSUMER, List.of(LearnerTopics.PERSON, LearnerTopics.PLACEMENT), router);
    }

    @Serdeable
    record Person(UUID personId, String loginId, String name, @Nullable String email) {}

    @Serdeable
    record Placement(
            UUID placementId,
            UUID learnerId,
            UUID trustId,
            @Nullable List<UUID> practiceSupervisorIds,
            @Nullable UUID practiceAssessorId,
            @Nullable UUID academicAssessorId,
            LocalDate endDate) {}
}
