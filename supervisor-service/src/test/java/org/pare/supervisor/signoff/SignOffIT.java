package org.pare.supervisor.signoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.supervisor.support.Api.tokenFor;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.learner.events.ReflectionShared;
import org.pare.learner.events.ReflectionShared.Purpose;
import org.pare.supervisor.events.ReflectionSignedOff;
import org.pare.supervisor.events.SupervisorTopics;
import org.pare.supervisor.support.Fixtures;
import org.pare.supervisor.support.LearnerEvents;
import org.pare.supervisor.support.PublishedEvents;
import org.pare.supervisor.support.SupervisorApiSupport;

@MicronautTest(transactional = false)
class SignOffIT extends SupervisorApiSupport {
    static final String PS = "PRACTICE_SUPERVISOR";
    static final String PA = "PRACTICE_ASSESSOR";

    @Override
    public java.util.Map<String, String> getProperties() {
        var properties = new java.util.HashMap<>(super.getProperties());
        properties.put("pare.sign-off.countersign-professions", "NURSING");
        return properties;
    }

    @Test
    void the_assessor_countersigns_a_supervisors_sign_off_once_and_nobody_else_can() {
        var on = Fixtures.aLearnerOnPlacement(db());
        UUID reflection = Fixtures.shared(db(), on, Purpose.SIGN_OFF, on.supervisor());
        String path = "/api/shared-reflections/" + reflection + "/countersign";
        var early = api().send("POST", path, tokenFor(on.assessor(), PA), null);
        api().send("POST", "/api/shared-reflections/" + reflection + "/sign-off", tokenFor(on.supervisor(), PS), null);

        var bySupervisor = api().send("POST", path, tokenFor(on.supervisor(), PA), null);
        var byOtherAssessor = api().send(
                        "POST",
                        path,
                        tokenFor(Fixtures.aLearnerOnPlacement(db()).assessor(), PA),
                        null);
        var first = api().send("POST", path, tokenFor(on.assessor(), PA), null);
        var again = api().send("POST", path, tokenFor(on.assessor(), PA), null);

        assertThat(early.statusCode()).isEqualTo(404);
        assertThat(bySupervisor.statusCode()).isEqualTo(404);
        assertThat(byOtherAssessor.statusCode()).isEqualTo(404);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(api().body(first))
                .containsEntry("signedBy", on.supervisor().id().toString())
                .containsEntry("countersignedBy", on.assessor().id().toString());
        assertThat(api().body(again)).isEqualTo(api().body(first));
        assertThat(PublishedEvents.bodies(
                        SupervisorTopics.SIGN_OFF, "pare.supervisor.SignOffCountersigned.v1", reflection.toString(), 1))
                .hasSize(1);
        assertThat(db().count(
                                "SELECT count(*) FROM audit_entry WHERE object_id = ? AND action = 'SIGN_OFF_COUNTERSIGNED'",
                                reflection))
                .isEqualTo(1);
    }

    @Test
    void a_shared_reflection_waits_in_the_queue_once_even_when_the_share_is_delivered_twice() {
        var on = Fixtures.aLearnerOnPlacement(db());
        UUID older = Fixtures.shared(db(), on, Purpose.SIGN_OFF, on.assessor());
        UUID newer = Fixtures.shared(db(), on, Purpose.FEEDBACK, on.assessor());
        var again = LearnerEvents.shared(new ReflectionShared(
                older,
                on.learner().id(),
                on.placementId(),
                java.util.List.of(on.assessor().id()),
                java.time.Instant.now(),
                Purpose.SIGN_OFF));
        LearnerEvents.produce(again, again);
        Fixtures.shared(db(), on, Purpose.FEEDBACK, on.supervisor()); // consumed after the repeats

        var queue = api().list(api().send("GET", "/api/queue", tokenFor(on.assessor(), PA), null));

        assertThat(queue).extracting(i -> i.get("reflectionId")).containsExactly(older.toString(), newer.toString());
        assertThat(queue.get(0))
                .containsEntry("learnerName", on.learner().name())
                .containsKey("waitedMinutes");
    }

    @Test
    void signing_off_locks_the_reflection_and_publishes_one_event_however_often_it_is_retried() {
        var on = Fixtures.aLearnerOnPlacement(db());
        UUID reflection = Fixtures.shared(db(), on, Purpose.SIGN_OFF, on.assessor());
        String token = tokenFor(on.assessor(), PA);

        var first = api().send("POST", "/api/shared-reflections/" + reflection + "/sign-off", token, null);
        var retry = api().send("POST", "/api/shared-reflections/" + reflection + "/sign-off", token, null);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(api().body(first))
                .containsEntry("signedBy", on.assessor().id().toString())
                .containsEntry("locked", true);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(api().body(retry)).isEqualTo(api().body(first));
        assertThat(PublishedEvents.bodies(
                        SupervisorTopics.SIGN_OFF, ReflectionSignedOff.TYPE, reflection.toString(), 1))
                .singleElement()
                .asString()
                .contains(on.learner().id().toString(), on.assessor().id().toString());
        assertThat(db().count("SELECT count(*) FROM audit_entry WHERE object_id = ?", reflection))
                .isEqualTo(1);
        assertThat(api().list(api().send("GET", "/api/queue", token, null)))
                .noneMatch(i -> i.get("reflectionId").equals(reflection.toString()));
    }

    @Test
    void the_first_sign_off_wins_and_a_second_supervisor_gets_a_conflict() {
        var on = Fixtures.aLearnerOnPlacement(db());
        UUID reflection = Fixtures.shared(db(), on, Purpose.SIGN_OFF, on.assessor(), on.supervisor());
        api().send("POST", "/api/shared-reflections/" + reflection + "/sign-off", tokenFor(on.supervisor(), PS), null);

        var second = api().send(
                        "POST",
                        "/api/shared-reflections/" + reflection + "/sign-off",
                        tokenFor(on.assessor(), PA),
                        null);
        var returned = api().send(
                        "POST",
                        "/api/shared-reflections/" + reflection + "/return",
                        tokenFor(on.assessor(), PA),
                        "{\"comment\": \"Too late\"}");

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(second.body()).contains("already signed off");
        assertThat(returned.statusCode()).isEqualTo(409);
        var seen = api().body(
                        api().send("GET", "/api/shared-reflections/" + reflection, tokenFor(on.assessor(), PA), null));
        assertThat(seen)
                .containsEntry("status", "CLOSED")
                .containsEntry("signedBy", on.supervisor().id().toString());
    }

    @Test
    void a_reflection_shared_for_feedback_cannot_be_signed_off() {
        var on = Fixtures.aLearnerOnPlacement(db());
        UUID reflection = Fixtures.shared(db(), on, Purpose.FEEDBACK, on.supervisor());

        var response = api().send(
                        "POST",
                        "/api/shared-reflections/" + reflection + "/sign-off",
                        tokenFor(on.supervisor(), PS),
                        null);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(db().count("SELECT count(*) FROM sign_off WHERE reflection_id = ?", reflection))
                .isZero();
    }

    @Test
    void returning_keeps_the_comment_here_and_the_learner_reads_it_by_the_id_in_the_event() {
        var on = Fixtures.aLearnerOnPlacement(db());
        UUID reflection = Fixtures.shared(db(), on, Purpose.SIGN_OFF, on.supervisor());
        String path = "/api/shared-reflections/" + reflection + "/return";
        String body = "{\"comment\": \"Say more about what you would do next time\"}";

        var first = api().send("POST", path, tokenFor(on.supervisor(), PS), body);
        var retry = api().send("POST", path, tokenFor(on.supervisor(), PS), body);
        String commentId = (String) api().body(first).get("commentId");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(api().body(retry)).containsEntry("commentId", commentId);
        assertThat(PublishedEvents.bodies(
                        SupervisorTopics.SIGN_OFF, "pare.supervisor.ReflectionReturned.v1", reflection.toString(), 1))
                .singleElement()
                .asString()
                .contains(commentId)
                .doesNotContain("next time");
        var read = api().send("GET", "/api/returns/" + commentId, tokenFor(on.learner(), "LEARNER"), null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(api().body(read)).containsEntry("comment", "Say more about what you would do next time");
        var stranger = Fixtures.aPerson(db());
        assertThat(api().send("GET", "/api/returns/" + commentId, tokenFor(stranger, "LEARNER"), null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(db().count(
                                "SELECT count(*) FROM audit_entry WHERE object_id = ? AND action = 'REFLECTION_RETURNED'",
                                reflection))
                .isEqualTo(1);
    }

    @Test
    void nobody_reads_or_decides_on_a_reflection_not_shared_with_them() {
        var on = Fixtures.aLearnerOnPlacement(db());
        UUID reflection = Fixtures.shared(db(), on, Purpose.SIGN_OFF, on.assessor());
        var other = Fixtures.aLearnerOnPlacement(db());

        for (String token : java.util.List.of(tokenFor(on.supervisor(), PS), tokenFor(other.assessor(), PA))) {
            assertThat(api().send("GET", "/api/shared-reflections/" + reflection, token, null)
                            .statusCode())
                    .isEqualTo(404);
            assertThat(api().send("POST", "/api/shared-reflections/" + reflection + "/sign-off", token, null)
                            .statusCode())
                    .isEqualTo(404);
            assertThat(api().send(
                                    "POST",
                                    "/api/shared-reflections/" + reflection + "/return",
                                    token,
                                    "{\"comment\": \"x\"}")
                            .statusCode())
                    .isEqualTo(404);
        }
        assertThat(db().count("SELECT count(*) FROM sign_off WHERE reflection_id = ?", reflection))
                .isZero();
    }

    @Test
    void bad_requests_get_a_clear_problem_and_change_nothing() {
        var on = Fixtures.aLearnerOnPlacement(db());
        UUID reflection = Fixtures.shared(db(), on, Purpose.SIGN_OFF, on.supervisor());
        String token = tokenFor(on.supervisor(), PS);
        String path = "/api/shared-reflections/" + reflection + "/return";

        var blank = api().send("POST", path, token, "{\"comment\": \"  \"}");
        var malformed = api().send("POST", path, token, "{\"comment\": ");
        var huge = api().send("POST", path, token, "{\"comment\": \"" + "x".repeat(40_000) + "\"}");
        var badId = api().send("POST", "/api/shared-reflections/not-a-uuid/sign-off", token, null);
        var unknownCaller = api().send(
                        "GET", "/api/queue", tokenFor(new Fixtures.Person(UUID.randomUUID(), "nobody", "x"), PS), null);
        var learner = api().send("GET", "/api/queue", tokenFor(on.learner(), "LEARNER"), null);

        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(unknownCaller.statusCode()).isEqualTo(403);
        assertThat(unknownCaller.body()).contains("not known");
        assertThat(learner.statusCode()).isEqualTo(403);
        for (var r : java.util.List.of(blank, malformed, badId, unknownCaller)) {
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(r.body()).doesNotContain("at org.");
        }
        assertThat(db().count("SELECT count(*) FROM return_comment WHERE reflection_id = ?", reflection))
                .isZero();
    }
}
