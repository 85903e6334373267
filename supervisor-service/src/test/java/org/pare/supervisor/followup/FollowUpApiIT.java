package org.pare.supervisor.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.supervisor.support.Api.tokenFor;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.learner.events.ReflectionShared.Purpose;
import org.pare.supervisor.support.Fixtures;
import org.pare.supervisor.support.SupervisorApiSupport;

/** The reads the follow-up pages need: one interview, sign-offs to countersign, open concerns and one concern. */
@MicronautTest(transactional = false)
class FollowUpApiIT extends SupervisorApiSupport {
    static final String PS = "PRACTICE_SUPERVISOR";
    static final String PA = "PRACTICE_ASSESSOR";

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("pare.sign-off.countersign-professions", "NURSING");
        return properties;
    }

    @Test
    void an_interview_is_read_by_its_assessor_and_its_learner_and_by_nobody_else() {
        var on = Fixtures.aLearnerOnPlacement(db());
        var other = Fixtures.aLearnerOnPlacement(db());
        var due = api().list(api().send("GET", "/api/interviews", tokenFor(on.assessor(), PA), null));
        String path = "/api/interviews/" + due.get(0).get("interviewId");

        var byAssessor = api().send("GET", path, tokenFor(on.assessor(), PA), null);
        var byLearner = api().send("GET", path, tokenFor(on.learner(), "LEARNER"), null);
        var byOtherAssessor = api().send("GET", path, tokenFor(other.assessor(), PA), null);
        var byOtherLearner = api().send("GET", path, tokenFor(other.learner(), "LEARNER"), null);
        var bySupervisor = api().send("GET", path, tokenFor(on.supervisor(), PS), null);

        assertThat(byAssessor.statusCode()).isEqualTo(200);
        assertThat(api().body(byAssessor))
                .containsEntry("learnerName", on.learner().name())
                .containsEntry("assessorName", on.assessor().name())
                .containsEntry("areaName", "Ward 7");
        assertThat(api().body(byLearner)).isEqualTo(api().body(byAssessor));
        assertThat(byOtherAssessor.statusCode()).isEqualTo(404);
        assertThat(byOtherLearner.statusCode()).isEqualTo(404);
        assertThat(bySupervisor.statusCode()).isEqualTo(403);
    }

    @Test
    void the_assessor_sees_a_supervisors_sign_off_awaiting_countersignature_until_it_is_countersigned() {
        var on = Fixtures.aLearnerOnPlacement(db());
        UUID reflection = Fixtures.shared(db(), on, Purpose.SIGN_OFF, on.supervisor());
        api().send("POST", "/api/shared-reflections/" + reflection + "/sign-off", tokenFor(on.supervisor(), PS), null);
        String assessor = tokenFor(on.assessor(), PA);

        var before = api().list(api().send("GET", "/api/countersignatures", assessor, null));
        var otherAssessor = api().list(api().send(
                        "GET",
                        "/api/countersignatures",
                        tokenFor(Fixtures.aLearnerOnPlacement(db()).assessor(), PA),
                        null));
        api().send("POST", "/api/shared-reflections/" + reflection + "/countersign", assessor, null);
        var after = api().list(api().send("GET", "/api/countersignatures", assessor, null));

        assertThat(before).singleElement().satisfies(item -> assertThat(item)
                .containsEntry("reflectionId", reflection.toString())
                .containsEntry("learnerName", on.learner().name())
                .containsEntry("signedByName", on.supervisor().name()));
        assertThat(otherAssessor).isEmpty();
        assertThat(after).isEmpty();
        assertThat(api().send("GET", "/api/countersignatures", tokenFor(on.supervisor(), PS), null)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void a_concern_is_followed_up_by_who_raised_it_and_the_assessor_with_the_plan_changed_by_a_review() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = raise(on);
        String assessor = tokenFor(on.assessor(), PA);
        String strangerToken = tokenFor(Fixtures.aLearnerOnPlacement(db()).assessor(), PA);

        var reviewed = api().send(
                        "POST",
                        "/api/concerns/" + id + "/reviews",
                        assessor,
                        "{\"notes\": \"Improving\", \"actions\": \"Daily check-in\", \"supportOffered\": \"Buddy\","
                                + " \"nextReviewOn\": \"" + LocalDate.now().plusDays(14) + "\"}");
        var listForAssessor = api().list(api().send("GET", "/api/concerns", assessor, null));
        var listForRaiser = api().list(api().send("GET", "/api/concerns", tokenFor(on.supervisor(), PS), null));
        var listForStranger = api().list(api().send("GET", "/api/concerns", strangerToken, null));
        var one = api().body(api().send("GET", "/api/concerns/" + id, assessor, null));
        var byStranger = api().send("GET", "/api/concerns/" + id, strangerToken, null);
        var byLearner = api().send("GET", "/api/concerns/" + id, tokenFor(on.learner(), "LEARNER"), null);

        assertThat(reviewed.statusCode()).isEqualTo(204);
        assertThat(listForAssessor).extracting(c -> c.get("concernId")).containsExactly(id);
        assertThat(listForAssessor.get(0)).containsEntry("raisedByMe", false);
        assertThat(listForRaiser.get(0)).containsEntry("raisedByMe", true);
        assertThat(listForStranger).isEmpty();
        assertThat(one)
                .containsEntry("description", "Tearful after shifts")
                .containsEntry("actions", "Daily check-in")
                .containsEntry("supportOffered", "Buddy");
        assertThat((List<?>) one.get("reviews")).hasSize(1);
        assertThat(byStranger.statusCode()).isEqualTo(404);
        assertThat(byLearner.statusCode()).isEqualTo(403);
        assertThat(db().column("SELECT action FROM audit_entry WHERE object_id = ?::uuid ORDER BY id", id))
                .containsExactly("CONCERN_RAISED", "CONCERN_REVIEWED", "CONCERN_READ");

        api().send(
                        "POST",
                        "/api/concerns/" + id + "/resolve",
                        assessor,
                        "{\"outcome\": \"RESOLVED\", \"notes\": \"ok\"}");
        assertThat(api().list(api().send("GET", "/api/concerns", assessor, null)))
                .isEmpty();
    }

    @Test
    void a_review_with_bad_input_is_refused_and_changes_nothing() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = raise(on);
        String ps = tokenFor(on.supervisor(), PS);
        String path = "/api/concerns/" + id + "/reviews";

        var past = api().send(
                        "POST",
                        path,
                        ps,
                        "{\"notes\": \"n\", \"nextReviewOn\": \""
                                + LocalDate.now().minusDays(1) + "\"}");
        var tooLong =
                api().send("POST", path, ps, "{\"notes\": \"n\", \"supportOffered\": \"" + "x".repeat(2001) + "\"}");
        var blank = api().send("POST", path, ps, "{\"notes\": \" \"}");
        var malformed = api().send("POST", path, ps, "{\"notes\": ");
        var badId = api().send("GET", "/api/concerns/not-a-uuid", ps, null);

        for (var r : List.of(past, tooLong, blank, malformed, badId)) {
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(db().count("SELECT count(*) FROM concern_review WHERE concern_id = ?::uuid", id))
                .isZero();
    }

    private String raise(Fixtures.LearnerOnPlacement on) {
        String body =
                """
                {"learnerId": "%s", "category": "WELLBEING", "description": "Tearful after shifts",
                 "actions": "Weekly check-in", "supportOffered": "Occupational health referral", "reviewOn": "%s"}"""
                        .formatted(on.learner().id(), LocalDate.now().plusDays(7));
        var raised = api().send("POST", "/api/concerns", tokenFor(on.supervisor(), PS), body);
        assertThat(raised.statusCode()).isEqualTo(201);
        return (String) api().body(raised).get("concernId");
    }
}
