package org.pare.supervisor.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pare.supervisor.support.Api.tokenFor;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.learner.events.PlacementChanged;
import org.pare.learner.events.ReflectionShared.Purpose;
import org.pare.supervisor.support.Fixtures;
import org.pare.supervisor.support.LearnerEvents;
import org.pare.supervisor.support.SupervisorApiSupport;

/**
 * The relationship rule applied to shares: a reflection shared with someone who does not supervise or assess
 * the learner on that placement never reaches their queue, is held apart and is readable by nobody, until (and
 * only if) an allocation names them.
 */
@MicronautTest(transactional = false)
class HeldSharesIT extends SupervisorApiSupport {
    static final String PS = "PRACTICE_SUPERVISOR";

    @Test
    void a_share_for_a_supervisor_of_other_learners_is_held_out_of_their_queue_and_readable_by_nobody() {
        var on = Fixtures.aLearnerOnPlacement(db());
        var stranger = Fixtures.aLearnerOnPlacement(db()).supervisor();

        UUID reflection =
                Fixtures.shareOn(on.learner().id(), on.placementId(), Purpose.SIGN_OFF, on.supervisor(), stranger);

        await().atMost(Fixtures.PATIENCE)
                .until(() -> db().count(
                                        "SELECT count(*) FROM held_share WHERE reflection_id = ? AND person_id = ?",
                                        reflection,
                                        stranger.id())
                        == 1);
        assertThat(db().column("SELECT supervisor_id FROM queue_item WHERE reflection_id = ?", reflection))
                .containsExactly(on.supervisor().id());
        String token = tokenFor(stranger, PS);
        assertThat(api().list(api().send("GET", "/api/queue", token, null)))
                .noneMatch(i -> reflection.toString().equals(i.get("reflectionId")));
        String path = "/api/shared-reflections/" + reflection;
        assertThat(api().send("GET", path, token, null).statusCode()).isEqualTo(404);
        assertThat(api().send("POST", path + "/sign-off", token, null).statusCode())
                .isEqualTo(404);
        assertThat(api().send("POST", path + "/return", token, "{\"comment\": \"x\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(db().count("SELECT count(*) FROM sign_off WHERE reflection_id = ?", reflection))
                .isZero();
    }

    @Test
    void a_share_that_arrives_before_its_allocation_reaches_the_queue_once_the_allocation_names_the_supervisor() {
        var learner = Fixtures.aPerson(db());
        var supervisor = Fixtures.aPerson(db());
        var allocation = Fixtures.allocation(
                learner.id(),
                UUID.randomUUID(),
                java.time.LocalDate.now().minusDays(3),
                java.time.LocalDate.now().plusDays(30),
                List.of(supervisor.id()),
                Fixtures.aPerson(db()).id(),
                Fixtures.aPerson(db()).id());
        UUID reflection = Fixtures.shareOn(learner.id(), allocation.placementId(), Purpose.SIGN_OFF, supervisor);
        await().atMost(Fixtures.PATIENCE)
                .until(() -> db().count("SELECT count(*) FROM held_share WHERE reflection_id = ?", reflection) == 1);

        LearnerEvents.produce(LearnerEvents.allocated(allocation));

        await().atMost(Fixtures.PATIENCE)
                .until(() -> db().count("SELECT count(*) FROM queue_item WHERE reflection_id = ?", reflection) == 1);
        assertThat(db().count("SELECT count(*) FROM held_share WHERE reflection_id = ?", reflection))
                .isZero();
        assertThat(api().list(api().send("GET", "/api/queue", tokenFor(supervisor, PS), null)))
                .extracting(i -> i.get("reflectionId"))
                .containsExactly(reflection.toString());
    }

    @Test
    void a_supervisor_taken_off_the_placement_no_longer_sees_or_decides_what_was_shared_with_them() {
        var on = Fixtures.aLearnerOnPlacement(db());
        UUID reflection = Fixtures.shared(db(), on, Purpose.SIGN_OFF, on.supervisor());
        var replacement = Fixtures.aPerson(db());
        var a = on.allocation();

        LearnerEvents.produce(LearnerEvents.changed(new PlacementChanged(
                a.placementId(),
                a.learnerId(),
                a.universityId(),
                a.trustId(),
                a.trustName(),
                a.siteId(),
                a.siteName(),
                a.areaId(),
                a.areaName(),
                a.profession(),
                a.startDate(),
                a.endDate(),
                List.of(replacement.id()),
                a.practiceAssessorId(),
                a.academicAssessorId())));

        await().atMost(Fixtures.PATIENCE)
                .until(() -> db().count(
                                        "SELECT count(*) FROM placement_supervisor WHERE placement_id = ? AND person_id = ?",
                                        on.placementId(),
                                        replacement.id())
                        == 1);
        String token = tokenFor(on.supervisor(), PS);
        assertThat(api().list(api().send("GET", "/api/queue", token, null))).isEmpty();
        assertThat(api().send("POST", "/api/shared-reflections/" + reflection + "/sign-off", token, null)
                        .statusCode())
                .isEqualTo(404);
    }
}
