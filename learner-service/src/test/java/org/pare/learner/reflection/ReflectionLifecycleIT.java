package org.pare.learner.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.learner.support.Api.reflection;
import static org.pare.learner.support.Api.tokenFor;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pare.learner.support.Fixtures;
import org.pare.learner.support.LearnerApiSupport;

@MicronautTest
class ReflectionLifecycleIT extends LearnerApiSupport {

    @Test
    void a_learner_creates_edits_submits_and_shares_a_reflection_for_sign_off() {
        // given
        var on = Fixtures.aLearnerOnPlacement(db());
        String token = tokenFor(on.learner());
        // when
        var created = api().send("POST", "/api/reflections", token, reflection("A fall on <b>ward 7</b>"));
        String id = (String) api().body(created).get("id");
        var edited = api().send("PUT", "/api/reflections/" + id, token, reflection("A fall, revisited"));
        var submitted = api().send("POST", "/api/reflections/" + id + "/submit", token, null);
        var shared = api().send(
                        "POST",
                        "/api/reflections/" + id + "/share",
                        token,
                        """
                {"supervisorIds": ["%s", "%s"], "purpose": "SIGN_OFF"}"""
                                .formatted(on.supervisor().id(), on.assessor().id()));
        // then
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(api().body(created)).containsEntry("state", "DRAFT").containsEntry("templateKey", "quick-capture");
        assertThat(api().body(created).get("title")).isEqualTo("A fall on <b>ward 7</b>");
        assertThat(api().body(edited)).containsEntry("title", "A fall, revisited");
        assertThat(api().body(submitted)).containsEntry("state", "SUBMITTED");
        assertThat(shared.statusCode()).isEqualTo(200);
        assertThat(api().body(shared)).containsEntry("state", "SHARED");
        assertThat((List<?>) api().body(shared).get("sharedWith")).hasSize(2);
    }

    @Test
    void an_edit_that_names_no_template_keeps_the_reflections_own_template() {
        // given
        var on = Fixtures.aLearnerOnPlacement(db());
        String token = tokenFor(on.learner());
        String body =
                """
                {"templateKey": "situation-type", "title": "Cardiac arrest", "date": "2026-11-20",
                 "answers": {"situation": "CHAOTIC"}}""";
        String id = (String)
                api().body(api().send("POST", "/api/reflections", token, body)).get("id");
        // when
        var edited = api().send(
                        "PUT",
                        "/api/reflections/" + id,
                        token,
                        """
                {"title": "Cardiac arrest, later", "date": "2026-11-20", "answers": {"response-fit": "yes"}}""");
        // then
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(api().body(edited)).containsEntry("templateKey", "situation-type");
    }

    @Test
    void an_answer_the_template_does_not_accept_is_refused_with_400_naming_the_field() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String body =
                """
                {"templateKey": "situation-type", "title": "t", "date": "2026-11-20", "answers": {"situation": "MESSY"}}""";

        var response = api().send("POST", "/api/reflections", tokenFor(on.learner()), body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("answers.situation");
    }

    @Test
    void editing_a_submitted_reflection_is_refused_with_409_problem() {
        // given
        var on = Fixtures.aLearnerOnPlacement(db());
        String token = tokenFor(on.learner());
        String id = createAndSubmit(token);
        // when
        var edit = api().send("PUT", "/api/reflections/" + id, token, reflection("changed my mind"));
        // then
        assertThat(edit.statusCode()).isEqualTo(409);
        assertThat(edit.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void sharing_with_someone_who_does_not_supervise_the_learner_is_refused_with_422() {
        // given
        var on = Fixtures.aLearnerOnPlacement(db());
        var stranger = Fixtures.aPerson(db());
        String token = tokenFor(on.learner());
        String id = createAndSubmit(token);
        // when
        var share = api().send(
                        "POST",
                        "/api/reflections/" + id + "/share",
                        token,
                        """
                {"supervisorIds": ["%s"]}""".formatted(stranger.id()));
        // then
        assertThat(share.statusCode()).isEqualTo(422);
        assertThat(share.body()).contains("supervisorIds");
    }

    @Test
    void sharing_a_draft_is_refused_with_409() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String token = tokenFor(on.learner());
        String id = (String) api().body(api().send("POST", "/api/reflections", token, reflection("draft")))
                .get("id");

        var share = api().send(
                        "POST",
                        "/api/reflections/" + id + "/share",
                        token,
                        """
                {"supervisorIds": ["%s"]}"""
                                .formatted(on.supervisor().id()));

        assertThat(share.statusCode()).isEqualTo(409);
    }

    @Test
    void the_templates_are_served_as_data_with_quick_capture_the_default() {
        var on = Fixtures.aLearnerOnPlacement(db());

        var response = api().send("GET", "/api/reflection-templates", tokenFor(on.learner()), null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("quick-capture", "compassionate-moment", "curiosity-debrief", "four-lenses")
                .contains("incident-three-levels", "situation-type", "\"label\"", "\"hint\"");
    }

    @Test
    void a_learner_lists_their_reflections_by_state() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String token = tokenFor(on.learner());
        createAndSubmit(token);
        api().send("POST", "/api/reflections", token, reflection("still a draft"));

        var drafts = api().send("GET", "/api/reflections?state=DRAFT", token, null);

        assertThat(drafts.statusCode()).isEqualTo(200);
        assertThat(drafts.body()).contains("still a draft").doesNotContain("SUBMITTED");
    }

    String createAndSubmit(String token) {
        Map<String, Object> created = api().body(api().send("POST", "/api/reflections", token, reflection("x")));
        String id = (String) created.get("id");
        assertThat(api().send("POST", "/api/reflections/" + id + "/submit", token, null)
                        .statusCode())
                .isEqualTo(200);
        return id;
    }
}
