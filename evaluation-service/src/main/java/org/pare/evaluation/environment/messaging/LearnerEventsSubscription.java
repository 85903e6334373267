package org.pare.evaluation.environment.messaging;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import org.pare.evaluation.environment.domain.PlacementFacts;
import org.pare.evaluation.environment.persistence.EnvironmentRepository;
import org.pare.evaluation.invitation.app.InvitingToEvaluate;
import org.pare.evaluation.person.persistence.PersonDirectory;
import org.pare.learner.events.LearnerTopics;
import org.pare.learner.events.PersonChanged;
import org.pare.learner.events.PersonRegistered;
import org.pare.learner.events.PlacementAllocated;
import org.pare.learner.events.PlacementChanged;
import org.pare.learner.events.PlacementCompleted;
import org.pare.messaging.EventEnvelope;
import org.pare.messaging.consumer.EventRouter;
import org.pare.messaging.consumer.Subscription;

/**
 * learner-service's people and placements: the directory copy, the learning environments, and invitations from
 * completed placements. Redelivery is deduplicated by the platform; each effect is also idempotent.
 */
@Factory
class LearnerEventsSubscription {
    static final String CONSUMER = "evaluation-service.learner";

    @Singleton
    Subscription learnerEvents(
            JsonMapper json, PersonDirectory people, EnvironmentRepository places, InvitingToEvaluate inviting) {
        EventRouter router = EventRouter.builder()
                .on(PersonRegistered.TYPE, (event, connection) -> {
                    var e = read(json, event, PersonRegistered.class);
                    people.record(e.personId(), e.loginId(), e.name(), e.professionalGroup());
                })
                .on(PersonChanged.TYPE, (event, connection) -> {
                    var e = read(json, event, PersonChanged.class);
                    people.record(e.personId(), e.loginId(), e.name(), e.professionalGroup());
                })
                .on(PlacementAllocated.TYPE, (event, connection) -> {
                    var e = read(json, event, PlacementAllocated.class);
                    places.record(new PlacementFacts(
                            e.placementId(),
                            e.learnerId(),
                            e.universityId(),
                            e.trustId(),
                            e.trustName(),
                            e.siteId(),
                            e.siteName(),
                            e.areaId(),
                            e.areaName(),
                            e.profession(),
                            e.startDate(),
                            e.endDate(),
                            e.practiceAssessorId(),
                            e.academicAssessorId()));
                })
                .on(PlacementChanged.TYPE, (event, connection) -> {
                    var e = read(json, event, PlacementChanged.class);
                    places.record(new PlacementFacts(
                            e.placementId(),
                            e.learnerId(),
                            e.universityId(),
                            e.trustId(),
                            e.trustName(),
                            e.siteId(),
                            e.siteName(),
                            e.areaId(),
                            e.areaName(),
                            e.profession(),
                            e.startDate(),
                            e.endDate(),
                            e.practiceAssessorId(),
                            e.academicAssessorId()));
                })
                .on(PlacementCompleted.TYPE, (event, connection) -> {
                    var e = read(json, event, PlacementCompleted.class);
                    inviting.placementCompleted(e.placementId(), e.learnerId(), e.areaId(), e.endDate());
                })
                .build();
        return Subscription.of(CONSUMER, List.of(LearnerTopics.PERSON, LearnerTopics.PLACEMENT), router);
    }

    static <T> T read(JsonMapper json, EventEnvelope event, Class<T> type) throws IOException {
        return json.readValue(event.data(), type);
    }
}
