package org.pare.notification.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.pare.learner.events.LearnerTopics;

/** People and placements as learner-service announces them, published to the broker and awaited in the directory. */
public final class Fixtures {
    private Fixtures() {}

    public record Person(UUID id, String loginId, String email) {}

    public record Placement(
            UUID placementId, UUID trustId, Person learner, Person supervisor, Person assessor, Person academic) {}

    public static Person aPerson(String what) {
        UUID id = UUID.randomUUID();
        String login = what + "-" + id.toString().substring(0, 8);
        return new Person(id, login, login + "@nhs.example");
    }

    /** A learner with one practice supervisor, a practice assessor and an academic assessor, all with e-mail. */
    public static Placement aPlacement(Rows rows) {
        Placement p = new Placement(
                UUID.randomUUID(),
                UUID.randomUUID(),
                aPerson("learner"),
                aPerson("supervisor"),
                aPerson("assessor"),
                aPerson("academic"));
        for (Person person : List.of(p.learner(), p.supervisor(), p.assessor(), p.academic())) {
            Events.publish(registered(person));
        }
        Events.publish(Events.of(
                "pare.learner.PlacementAllocated.v1",
                LearnerTopics.PLACEMENT,
                Map.of(
                        "placementId", p.placementId(),
                        "learnerId", p.learner().id(),
                        "trustId", p.trustId(),
                        "practiceSupervisorIds", List.of(p.supervisor().id()),
                        "practiceAssessorId", p.assessor().id(),
                        "academicAssessorId", p.academic().id())));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> rows.count("SELECT count(*) FROM placement WHERE placement_id = ?", p.placementId()) == 1
                        && rows.count("SELECT count(*) FROM person WHERE person_id = ANY(?)", (Object) new UUID[] {
                                    p.learner().id(),
                                    p.supervisor().id(),
                                    p.assessor().id(),
                                    p.academic().id()
                                })
                                == 4);
        return p;
    }

    public static org.pare.messaging.EventEnvelope registered(Person person) {
        return Events.of(
                "pare.learner.PersonRegistered.v1",
                LearnerTopics.PERSON,
                Map.of(
                        "personId", person.id(),
                        "loginId", person.loginId(),
                        "name", "Test " + person.loginId(),
                        "email", person.email()));
    }
}
