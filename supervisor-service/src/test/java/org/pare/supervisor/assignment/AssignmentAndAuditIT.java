package org.pare.supervisor.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.pare.supervisor.support.Api.tokenFor;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.learner.events.PlacementChanged;
import org.pare.learner.events.ReflectionShared.Purpose;
import org.pare.supervisor.events.AssignmentConflictFound;
import org.pare.supervisor.events.SupervisorTopics;
import org.pare.supervisor.support.Fixtures;
import org.pare.supervisor.support.LearnerEvents;
import org.pare.supervisor.support.PublishedEvents;
import org.pare.supervisor.support.SupervisorApiSupport;
import org.pare.testing.OidcProvider;

@MicronautTest(transactional = false)
class AssignmentAndAuditIT extends SupervisorApiSupport {

    static String leadOf(UUID trust) {
        return OidcProvider.get().tokens().forRole("EDUCATION_LEAD", "lead-" + UUID.randomUUID(), trust);
    }

    @Test
    void a_supervisor_sees_the_learners_assigned_to_them_and_no_others() {
        var on = Fixtures.aLearnerOnPlacement(db());
        var other = Fixtures.aLearnerOnPlacement(db());

        var mine = api().list(
                        api().send("GET", "/api/my-learners", tokenFor(on.supervisor(), "PRACTICE_SUPERVISOR"), null));

        assertThat(mine).singleElement().satisfies(l -> assertThat(l)
                .containsEntry("learnerId", on.learner().id().toString())
                .containsEntry("name", on.learner().name())
                .containsEntry("role", "PRACTICE_SUPERVISOR"));
        assertThat(mine)
                .noneMatch(l -> l.get("learnerId").equals(other.learner().id().toString()));
    }

    @Test
    void an_assessor_also_named_as_supervisor_is_reported_to_the_trust_and_not_granted_the_assessor_role() {
        var on = Fixtures.aLearnerOnPlacement(db());
        var a = on.allocation();
        var breach = new PlacementChanged(
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
                List.of(on.supervisor().id(), on.assessor().id()),
                on.assessor().id(),
                a.academicAssessorId());
        // Delivered twice (an upload repeated): one conflict, one event.
        LearnerEvents.produce(LearnerEvents.changed(breach), LearnerEvents.changed(breach));
        await().atMost(Fixtures.PATIENCE)
                .until(() -> db().count(
                                        "SELECT count(*) FROM placement WHERE id = ? AND practice_assessor_id IS NULL",
                                        a.placementId())
                        == 1);

        var conflicts = api().list(api().send("GET", "/api/assignment-conflicts", leadOf(on.trustId()), null));
        var elsewhere = api().list(api().send("GET", "/api/assignment-conflicts", leadOf(UUID.randomUUID()), null));
        var supervisorAsking =
                api().send("GET", "/api/assignment-conflicts", tokenFor(on.supervisor(), "PRACTICE_SUPERVISOR"), null);

        assertThat(conflicts).singleElement().satisfies(c -> assertThat(c)
                .containsEntry("personId", on.assessor().id().toString())
                .containsEntry("rule", "SUPERVISOR_AND_ASSESSOR")
                .containsEntry("roleRefused", "PRACTICE_ASSESSOR"));
        assertThat(elsewhere).isEmpty();
        assertThat(supervisorAsking.statusCode()).isEqualTo(403);
        assertThat(PublishedEvents.bodies(
                        SupervisorTopics.ASSIGNMENT,
                        AssignmentConflictFound.TYPE,
                        a.placementId().toString(),
                        1))
                .hasSize(1);
        var seenBy =
                api().list(api().send("GET", "/api/my-learners", tokenFor(on.assessor(), "PRACTICE_ASSESSOR"), null));
        assertThat(seenBy).singleElement().satisfies(l -> assertThat(l).containsEntry("role", "PRACTICE_SUPERVISOR"));
    }

    @Test
    void the_trusts_education_lead_reads_the_audit_log_newest_first_and_nobody_else_does() {
        var on = Fixtures.aLearnerOnPlacement(db());
        UUID first = Fixtures.shared(db(), on, Purpose.SIGN_OFF, on.assessor());
        UUID second = Fixtures.shared(db(), on, Purpose.FEEDBACK, on.supervisor());
        api().send(
                        "POST",
                        "/api/shared-reflections/" + first + "/sign-off",
                        tokenFor(on.assessor(), "PRACTICE_ASSESSOR"),
                        null);
        api().send(
                        "POST",
                        "/api/shared-reflections/" + second + "/return",
                        tokenFor(on.supervisor(), "PRACTICE_SUPERVISOR"),
                        "{\"comment\": \"Add what you learned\"}");

        var log = api().list(api().send("GET", "/api/audit?page=0&size=10", leadOf(on.trustId()), null));
        var page2 = api().list(api().send("GET", "/api/audit?page=1&size=1", leadOf(on.trustId()), null));
        var otherTrust = api().list(api().send("GET", "/api/audit", leadOf(UUID.randomUUID()), null));
        var supervisor = api().send("GET", "/api/audit", tokenFor(on.assessor(), "PRACTICE_ASSESSOR"), null);
        var learner = api().send("GET", "/api/audit", tokenFor(on.learner(), "LEARNER"), null);
        var tooBig = api().send("GET", "/api/audit?size=100000", leadOf(on.trustId()), null);

        assertThat(log)
                .extracting(e -> e.get("action"))
                .containsExactly("REFLECTION_RETURNED", "REFLECTION_SIGNED_OFF");
        assertThat(log.get(1))
                .containsEntry("actorId", on.assessor().id().toString())
                .containsEntry("objectId", first.toString());
        assertThat(page2).singleElement().satisfies(e -> assertThat(e).containsEntry("objectId", first.toString()));
        assertThat(otherTrust).isEmpty();
        assertThat(supervisor.statusCode()).isEqualTo(403);
        assertThat(learner.statusCode()).isEqualTo(403);
        assertThat(tooBig.statusCode()).isEqualTo(400);
    }

    @Test
    void a_changed_placement_moves_the_learner_to_the_new_supervisor() {
        var on = Fixtures.aLearnerOnPlacement(
                db(), LocalDate.now().minusDays(3), LocalDate.now().plusDays(40));
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
                .until(() -> api().list(api().send(
                                                "GET",
                                                "/api/my-learners",
                                                tokenFor(replacement, "PRACTICE_SUPERVISOR"),
                                                null))
                                .size()
                        == 1);
        assertThat(api().list(api().send(
                                "GET", "/api/my-learners", tokenFor(on.supervisor(), "PRACTICE_SUPERVISOR"), null)))
                .isEmpty();
    }
}
