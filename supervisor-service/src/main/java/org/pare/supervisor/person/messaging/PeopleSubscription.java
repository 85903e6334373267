package org.pare.supervisor.person.messaging;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.pare.learner.events.LearnerTopics;
import org.pare.learner.events.PersonChanged;
import org.pare.learner.events.PersonRegistered;
import org.pare.messaging.consumer.EventRouter;
import org.pare.messaging.consumer.Subscription;
import org.pare.supervisor.person.persistence.People;

/** Keeps the people directory in step with learner-service's; only the login id and the name are kept. */
@Factory
class PeopleSubscription {
    static final String CONSUMER = "supervisor-service.people";

    @Serdeable
    record PersonState(UUID personId, String loginId, String name) {}

    @Singleton
    Subscription people(JsonMapper json, People people) {
        EventRouter router = EventRouter.builder()
                .on(PersonRegistered.TYPE, (event, connection) -> save(json, people, event.data()))
                .on(PersonChanged.TYPE, (event, connection) -> save(json, people, event.data()))
                .build();
        return Subscription.of(CONSUMER, List.of(LearnerTopics.PERSON), router);
    }

    private static void save(JsonMapper json, People people, byte[] data) throws java.io.IOException {
        PersonState person = json.readValue(data, PersonState.class);
        people.save(person.personId(), person.loginId(), person.name());
    }
}
