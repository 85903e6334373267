package org.pare.evaluation.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pare.evaluation.testing.EvaluationTestSupport;
import org.pare.evaluation.testing.Fixtures;

/** What a learner may not do with an evaluation, and that a refusal keeps everything as it was. */
@MicronautTest(transactional = false)
class EvaluationRefusalsIT extends EvaluationTestSupport {
    Fixtures.Placement mine;
    Fixtures.Placement theirs;
    UUID myInvitation;
    UUID theirInvitation;

    @BeforeAll
    void twoLearnersWithInvitations() {
        mine = Fixtures.aPlacement(Fixtures.anArea("Ward 5"), lastMonth());
        theirs = Fixtures.aPlacement(Fixtures.anArea("Ward 6"), lastMonth());
        var ids = invited(java.util.List.of(mine, theirs));
        myInvitation = ids.get(0);
        theirInvitation = ids.get(1);
        api().send(
                        "PUT",
                        "/api/evaluations/" + theirInvitation + "/draft",
                        theirs.learner().token("LEARNER"),
                        api().write(Answering.some(Map.of("welcomed", 2), Map.of())));
    }

    @Test
    void another_learners_evaluation_is_not_found_whatever_is_asked_of_it() {
        String token = mine.learner().token("LEARNER");
        String body = api().write(Answering.all(5, Map.of()));

        assertNotFound(api().get("/api/evaluations/" + theirInvitation, token));
        assertNotFound(api().send("PUT", "/api/evaluations/" + theirInvitation + "/draft", token, body));
        assertNotFound(api().send("POST", "/api/evaluations/" + theirInvitation + "/submit", token, body));
        assertNotFound(api().get("/api/evaluations/" + UUID.randomUUID(), token));

        assertThat(db().column("SELECT state FROM invitation WHERE id = ?", theirInvitation))
                .containsExactly("OPEN");
        assertThat(db().column("SELECT answers::text FROM evaluation_draft WHERE invitation_id = ?", theirInvitation))
                .singleElement()
                .asString()
                .contains("\"welcomed\": 2");
    }

    @Test
    void incomplete_or_out_of_scale_answers_are_refused_with_a_problem_and_nothing_is_kept() {
        String token = mine.learner().token("LEARNER");
        String path = "/api/evaluations/" + myInvitation;

        var incomplete = api().send(
                        "POST", path + "/submit", token, api().write(Answering.some(Map.of("welcomed", 4), Map.of())));
        var outOfScale =
                api().send("PUT", path + "/draft", token, api().write(Answering.some(Map.of("welcomed", 6), Map.of())));
        var unknownItem = api().send(
                        "PUT",
                        path + "/draft",
                        token,
                        api().write(Answering.some(Map.of("favourite-colour", 3), Map.of())));
        var longComment = api().send(
                        "PUT",
                        path + "/draft",
                        token,
                        api().write(Answering.some(Map.of(), Map.of("wellbeing", "x".repeat(1001)))));

        for (var refused : java.util.List.of(incomplete, outOfScale, unknownItem, longComment)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.body()).doesNotContain("at org.").contains("detail");
        }
        assertThat(incomplete.body()).contains("every item needs an answer");
        assertThat(db().column("SELECT state FROM invitation WHERE id = ?", myInvitation))
                .containsExactly("OPEN");
        assertThat(db().count("SELECT count(*) FROM evaluation_draft WHERE invitation_id = ?", myInvitation))
                .isZero();
        assertThat(db().count(
                                "SELECT count(*) FROM response_pool WHERE area_id = ?",
                                mine.area().areaId()))
                .isZero();
    }

    @Test
    void malformed_and_oversized_bodies_are_refused_with_a_problem() {
        String token = mine.learner().token("LEARNER");
        String path = "/api/evaluations/" + myInvitation + "/draft";

        var malformed = api().send("PUT", path, token, "{\"answers\": {\"welcomed\": ");
        var wrongType = api().send("PUT", path, token, "{\"answers\": {\"welcomed\": \"lots\"}}");
        var oversized =
                api().send("PUT", path, token, "{\"comments\": {\"wellbeing\": \"" + "x".repeat(70 * 1024) + "\"}}");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(oversized.statusCode()).isEqualTo(413);
        for (var refused : java.util.List.of(malformed, wrongType, oversized)) {
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.body()).doesNotContain("at org.");
        }
        assertThat(db().count("SELECT count(*) FROM evaluation_draft WHERE invitation_id = ?", myInvitation))
                .isZero();
    }

    @Test
    void people_who_are_not_a_known_learner_are_refused() {
        String path = "/api/evaluations/" + myInvitation;

        var stranger = api().get(path, Fixtures.aPerson().token("LEARNER"));
        var lead = api().get(path, Fixtures.leadToken(mine.area().trustId()));
        var nobody = api().get(path, null);

        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.body()).contains("not known");
        assertThat(lead.statusCode()).isEqualTo(403);
        assertThat(nobody.statusCode()).isEqualTo(401);
    }

    private static void assertNotFound(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }
}
