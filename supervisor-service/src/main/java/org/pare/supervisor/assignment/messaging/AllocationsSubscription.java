package org.pare.supervisor.assignment.messaging;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pare.learner.events.LearnerTopics;
import org.pare.learner.events.PlacementAllocated;
import org.pare.learner.events.PlacementChanged;
import org.pare.messaging.consumer.EventRouter;
import org.pare.messaging.consumer.Subscription;
import org.pare.supervisor.assignment.app.AssigningSupervisors;
import org.pare.supervisor.assignment.domain.Allocation;

/** Builds who supervises whom from learner-service's allocations; each event carries the placement's whole state. */
@Factory
class AllocationsSubscription {
    static final String CONSUMER = "supervisor-service.allocations";

    /** The fields read here; PlacementAllocated and PlacementChanged share them. */
    @Serdeable
    record PlacementState(
            UUID placementId,
            UUID learnerId,
            UUID universityId,
            UUID trustId,
            String areaName,
            String profession,
            LocalDate startDate,
            LocalDate endDate,
            List<UUID> practiceSupervisorIds,
            UUID practiceAssessorId,
            UUID academicAssessorId) {
        Allocation allocation() {
            return new Allocation(
                    placementId,
                    learnerId,
                    universityId,
                    trustId,
                    areaName,
                    profession,
                    startDate,
                    endDate,
                    practiceSupervisorIds,
                    practiceAssessorId,
                    academicAssessorId);
        }
    }

    @Singleton
    Subscription allocations(JsonMapper json, AssigningSupervisors assigning) {
        EventRouter router = EventRouter.builder()
                .on(
                        PlacementAllocated.TYPE,
                        (event, connection) -> assigning.assign(json.readValue(event.data(), PlacementState.class)
                                .allocation()))
                .on(
                        PlacementChanged.TYPE,
                        (event, connection) -> assigning.assign(json.readValue(event.data(), PlacementState.class)
                                .allocation()))
                .build();
        return Subscription.of(CONSUMER, List.of(LearnerTopics.PLACEMENT), router);
    }
}
