package org.pare.supervisor.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pare.learner.events.PersonRegistered;
import org.pare.learner.events.PlacementAllocated;
import org.pare.learner.events.ReflectionShared;

/** People, placements and shares, published as learner-service would and waited for until consumed. */
public final class Fixtures {
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private Fixtures() {}

    public record Person(UUID id, String loginId, String name) {}

    public record LearnerOnPlacement(
            Person learner,
            Person supervisor,
            Person assessor,
            Person academicAssessor,
            UUID placementId,
            UUID trustId,
            PlacementAllocated allocation) {}

    public static Person aPerson(Database db) {
        UUID id = UUID.randomUUID();
        Person person = new Person(id, "login-" + id, "Person " + id.toString().substring(0, 8));
        LearnerEvents.produce(LearnerEvents.registered(
                new PersonRegistered(id, person.loginId(), person.name(), id + "@example.org", "NURSING")));
        await().atMost(PATIENCE).until(() -> db.count("SELECT count(*) FROM person WHERE id = ?", id) == 1);
        return person;
    }

    public static LearnerOnPlacement aLearnerOnPlacement(Database db) {
        return aLearnerOnPlacement(
                db, LocalDate.now().minusDays(10), LocalDate.now().plusDays(30));
    }

    public static LearnerOnPlacement aLearnerOnPlacement(Database db, LocalDate start, LocalDate end) {
        Person learner = aPerson(db);
        Person supervisor = aPerson(db);
        Person assessor = aPerson(db);
        Person academic = aPerson(db);
        UUID trust = UUID.randomUUID();
        PlacementAllocated allocation =
                allocation(learner.id(), trust, start, end, List.of(supervisor.id()), assessor.id(), academic.id());
        LearnerEvents.produce(LearnerEvents.allocated(allocation));
        await().atMost(PATIENCE)
                .until(() -> db.count("SELECT count(*) FROM placement WHERE id = ?", allocation.placementId()) == 1);
        return new LearnerOnPlacement(
                learner, supervisor, assessor, academic, allocation.placementId(), trust, allocation);
    }

    public static PlacementAllocated allocation(
            UUID learner,
            UUID trust,
            LocalDate start,
            LocalDate end,
            List<UUID> supervisors,
            UUID assessor,
            UUID academic) {
        return new PlacementAllocated(
                UUID.randomUUID(),
                learner,
                UUID.randomUUID(),
                trust,
                "Trust",
                UUID.randomUUID(),
                "Main site",
                UUID.randomUUID(),
                "Ward 7",
                "NURSING",
                start,
                end,
                supervisors,
                assessor,
                academic);
    }

    /** The learner shares a new reflection on a placement with these people; waits for nothing. */
    public static UUID shareOn(UUID learner, UUID placement, ReflectionShared.Purpose purpose, Person... with) {
        UUID reflection = UUID.randomUUID();
        List<UUID> ids = java.util.Arrays.stream(with).map(Person::id).toList();
        LearnerEvents.produce(LearnerEvents.shared(
                new ReflectionShared(reflection, learner, placement, ids, Instant.now(), purpose)));
        return reflection;
    }

    /** The learner shares a new reflection with these people; waits until each has it queued. */
    public static UUID shared(Database db, LearnerOnPlacement on, ReflectionShared.Purpose purpose, Person... with) {
        UUID reflection = UUID.randomUUID();
        List<UUID> ids = java.util.Arrays.stream(with).map(Person::id).toList();
        LearnerEvents.produce(LearnerEvents.shared(
                new ReflectionShared(reflection, on.learner().id(), on.placementId(), ids, Instant.now(), purpose)));
        await().atMost(PATIENCE)
                .until(() ->
                        db.count("SELECT count(*) FROM queue_item WHERE reflection_id = ?", reflection) == ids.size());
        return reflection;
    }
}
