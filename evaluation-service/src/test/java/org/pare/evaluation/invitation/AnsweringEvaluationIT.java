package org.pare.evaluation.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.evaluation.events.EvaluationInvited;
import org.pare.evaluation.events.EvaluationSubmitted;
import org.pare.evaluation.invitation.app.MixingResponses;
import org.pare.evaluation.testing.EvaluationTestSupport;
import org.pare.evaluation.testing.Events;
import org.pare.evaluation.testing.Fixtures;

/** A learner's evaluation from the completed placement to the anonymous answers. */
@MicronautTest(transactional = false)
class AnsweringEvaluationIT extends EvaluationTestSupport {
    @Inject
    MixingResponses mixing;

    @Test
    void a_completed_placement_opens_one_invitation_however_often_its_completion_arrives() {
        var placement = Fixtures.aPlacement(Fixtures.anArea("Ward 1"), lastMonth());
        UUID invitation = invited(placement);

        var again = fixtures().completed(placement);
        Events.produce(again, again, fixtures().completed(placement));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db().count("SELECT count(*) FROM processed_event WHERE event_id = ?", again.id()) == 1);

        assertThat(db().count("SELECT count(*) FROM invitation WHERE placement_id = ?", placement.placementId()))
                .isEqualTo(1);
        assertThat(db().column(
                                "SELECT payload::text FROM outbox_event WHERE event_type = ? AND event_key = ?",
                                EvaluationInvited.TYPE,
                                invitation.toString()))
                .singleElement()
                .asString()
                .contains(
                        placement.learner().id().toString(),
                        placement.area().areaId().toString());
        var listed =
                api().list(api().get("/api/evaluations", placement.learner().token("LEARNER")));
        assertThat(listed).singleElement().satisfies(e -> assertThat(e)
                .containsEntry("id", invitation.toString())
                .containsEntry("state", "OPEN")
                .containsEntry("areaName", "Ward 1"));
    }

    @Test
    void a_learner_keeps_a_partly_answered_evaluation_and_finds_it_again() {
        var placement = Fixtures.aPlacement(Fixtures.anArea("Ward 2"), lastMonth());
        UUID invitation = invited(placement);
        String token = placement.learner().token("LEARNER");

        var saved = api().send(
                        "PUT",
                        "/api/evaluations/" + invitation + "/draft",
                        token,
                        api().write(Answering.some(
                                Map.of("welcomed", 5, "part-of-team", 0), Map.of("induction-belonging", "Kind team"))));

        assertThat(saved.statusCode()).isEqualTo(204);
        var opened = api().body(api().get("/api/evaluations/" + invitation, token));
        assertThat(opened.get("answers")).isEqualTo(Map.of("welcomed", 5, "part-of-team", 0));
        assertThat(opened.get("comments")).isEqualTo(Map.of("induction-belonging", "Kind team"));
        assertThat(opened).extractingByKey("questionnaire").asString().contains("Psychological safety");
    }

    @Test
    void sending_files_the_answers_anonymously_deletes_the_draft_and_marks_the_invitation_returned() {
        var placement = Fixtures.aPlacement(Fixtures.anArea("Ward 3"), lastMonth());
        UUID invitation = invited(placement);
        String token = placement.learner().token("LEARNER");
        api().send("PUT", "/api/evaluations/" + invitation + "/draft", token, api().write(Answering.all(4, Map.of())));

        var sent = api().send(
                        "POST",
                        "/api/evaluations/" + invitation + "/submit",
                        token,
                        api().write(Answering.all(4, Map.of("supervision", "Great mentor"))));

        assertThat(sent.statusCode()).isEqualTo(204);
        assertThat(db().count("SELECT count(*) FROM evaluation_draft WHERE invitation_id = ?", invitation))
                .isZero();
        assertThat(db().column("SELECT state FROM invitation WHERE id = ?", invitation))
                .containsExactly("RETURNED");
        assertThat(db().column(
                                "SELECT payload::text FROM outbox_event WHERE event_type = ? AND event_key = ?",
                                EvaluationSubmitted.TYPE,
                                invitation.toString()))
                .singleElement()
                .asString()
                .doesNotContain("Great mentor")
                .doesNotContain("answers");
        assertThat(mixing.mixNow()).isGreaterThanOrEqualTo(1);
        assertThat(db().count(
                                "SELECT count(*) FROM response WHERE area_id = ? AND answers ->> 'welcomed' = '4'",
                                placement.area().areaId()))
                .as(db().rows("SELECT area_id, answers::text FROM response").toString())
                .isEqualTo(1);
        assertThat(db().column(
                                "SELECT body FROM response_comment WHERE area_id = ?",
                                placement.area().areaId()))
                .containsExactly("Great mentor");
        assertThat(db().count("SELECT count(*) FROM response_pool")).isZero();
        var opened = api().body(api().get("/api/evaluations/" + invitation, token));
        assertThat(opened).containsEntry("state", "RETURNED");
        assertThat((Map<?, ?>) opened.getOrDefault("answers", Map.of())).isEmpty();
    }

    @Test
    void a_second_send_is_refused_and_files_nothing_more() {
        var placement = Fixtures.aPlacement(Fixtures.anArea("Ward 4"), lastMonth());
        UUID invitation = invited(placement);
        String token = placement.learner().token("LEARNER");
        String body = api().write(Answering.all(3, Map.of()));
        api().send("POST", "/api/evaluations/" + invitation + "/submit", token, body);

        var again = api().send("POST", "/api/evaluations/" + invitation + "/submit", token, body);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(db().count(
                                        "SELECT count(*) FROM response_pool WHERE area_id = ?",
                                        placement.area().areaId())
                        + db().count(
                                        "SELECT count(*) FROM response WHERE area_id = ?",
                                        placement.area().areaId()))
                .isEqualTo(1);
        assertThat(db().count(
                                "SELECT returned FROM rollup_invitation WHERE area_id = ?",
                                placement.area().areaId()))
                .isEqualTo(1);
    }
}
