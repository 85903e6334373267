package org.pare.evaluation.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pare.evaluation.invitation.Answering;
import org.pare.evaluation.invitation.app.MixingResponses;
import org.pare.evaluation.testing.EvaluationTestSupport;
import org.pare.evaluation.testing.Fixtures;

/**
 * Evaluations sent by real learners over HTTP, then read back only through the public API, as a curious lead or a
 * script would: no output names a learner, a group of 4 is never shown, a group of 5 is, no total gives a hidden
 * group away by subtraction, and no CSV cell can be taken for a formula.
 */
@MicronautTest(transactional = false)
class PrivacyThroughTheApiIT extends EvaluationTestSupport {
    final Fixtures.Area five = Fixtures.anArea("Ward Five");
    final Fixtures.Area six = five.inSameSite("Ward Six");
    final Fixtures.Area four = Fixtures.anArea("Ward Four");
    final Fixtures.Area seven = four.inSameSite("Ward Seven");
    final List<String> learnerTraces = new ArrayList<>();
    String quarter;
    String month;

    @Inject
    MixingResponses mixing;

    @BeforeAll
    void learnersSendTheirEvaluations() {
        answered(five, 5, 4);
        answered(six, 6, 2);
        answered(four, 4, 1);
        answered(seven, 7, 5);
        mixing.mixNow();
        var end = lastMonth();
        quarter = end.getYear() + "-Q" + ((end.getMonthValue() - 1) / 3 + 1);
        month = end.toString().substring(0, 7);
    }

    @Test
    void no_output_of_the_results_api_names_a_learner_their_login_or_their_invitation() {
        List<HttpResponse<String>> outputs = new ArrayList<>();
        for (var area : List.of(five, four)) {
            String lead = Fixtures.leadToken(area.trustId());
            for (String path : List.of(
                    "/api/results/scores?quarter=" + quarter,
                    "/api/results/scores.csv?quarter=" + quarter,
                    "/api/results/return-rates?by=area&from=" + month + "&to=" + month,
                    "/api/results/return-rates?by=month&from=" + month + "&to=" + month,
                    "/api/results/return-rates.csv?by=area&from=" + month + "&to=" + month,
                    "/api/results/return-rates.svg?by=area&from=" + month + "&to=" + month,
                    "/api/results/areas/" + area.areaId() + "/comments?quarter=" + quarter,
                    "/api/areas",
                    "/api/actions/overdue")) {
                outputs.add(api().get(path, lead));
            }
        }

        assertThat(outputs)
                .allSatisfy(r ->
                        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isEqualTo(200));
        assertThat(learnerTraces).hasSize(22 * 3);
        assertThat(outputs).allSatisfy(r -> assertThat(r.body())
                .as(r.uri().toString())
                .doesNotContainIgnoringCase("login-")
                .satisfies(
                        body -> learnerTraces.forEach(trace -> assertThat(body).doesNotContain(trace))));
    }

    @Test
    void a_group_of_four_is_suppressed_everywhere_and_a_group_of_five_is_shown() {
        var ofFive = areas(api().body(api().get("/api/results/scores?quarter=" + quarter, lead(five))));
        var ofFour = areas(api().body(api().get("/api/results/scores?quarter=" + quarter, lead(four))));
        var commentsOfFive = api().body(api().get(comments(five), lead(five)));
        var commentsOfFour = api().body(api().get(comments(four), lead(four)));
        var csvOfFour = api().get("/api/results/scores.csv?quarter=" + quarter, lead(four))
                .body();

        assertThat(cell(ofFive.get("Ward Five"), "responses"))
                .containsEntry("responses", 5)
                .containsEntry("suppressed", false);
        assertThat(cell(ofFour.get("Ward Four"), "responses"))
                .containsEntry("suppressed", true)
                .doesNotContainKey("responses");
        assertThat(commentsOfFive).containsEntry("suppressed", false);
        assertThat(commentsOfFive.get("comments").toString()).contains("Comment from Ward Five");
        assertThat(commentsOfFour).containsEntry("suppressed", true).doesNotContainKey("comments");
        assertThat(csvOfFour).doesNotContain("Comment from Ward Four").contains("suppressed (fewer than 5)");
        assertThat(csvOfFour.lines().filter(l -> l.startsWith("Ward Four,")))
                .allSatisfy(l -> assertThat(l).doesNotContain(",4,").doesNotContain(",1.0"));
    }

    @Test
    void the_trust_total_less_every_shown_area_never_leaves_a_group_of_four() {
        var scores = api().body(api().get("/api/results/scores?quarter=" + quarter, lead(four)));

        var rows = areas(scores);
        int shown = rows.values().stream()
                .map(r -> cell(r, "responses"))
                .filter(c -> !(Boolean) c.get("suppressed"))
                .mapToInt(c -> (Integer) c.get("responses"))
                .sum();
        @SuppressWarnings("unchecked")
        var trust = cell((Map<String, Object>) scores.get("trust"), "responses");

        assertThat(cell(rows.get("Ward Seven"), "responses")).containsEntry("suppressed", true);
        assertThat(trust.get("responses")).isEqualTo(11);
        assertThat(11 - shown).isNotEqualTo(4).isGreaterThanOrEqualTo(5);
    }

    @Test
    void an_area_name_a_spreadsheet_would_take_for_a_formula_is_exported_as_text_in_every_csv() {
        for (String name : List.of("=1+2", "+SUM(A1)", "-2+3", "@SUM(A1)", "\tTab", "\rReturn")) {
            var renamed = api().send("PUT", "/api/areas/" + six.areaId(), lead(six), api().write(Map.of("name", name)));
            assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);

            for (String csv : List.of(
                    "/api/results/scores.csv?quarter=" + quarter,
                    "/api/results/return-rates.csv?by=area&from=" + month + "&to=" + month)) {
                String body = api().get(csv, lead(six)).body();
                assertThat(body)
                        .as(csv + " with " + name)
                        .contains("'" + name)
                        .doesNotContain("," + name)
                        .doesNotContain(",\"" + name)
                        .doesNotContain("\n" + name);
            }
        }
    }

    private void answered(Fixtures.Area area, int learners, int score) {
        List<Fixtures.Placement> placements = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            placements.add(Fixtures.aPlacement(area, lastMonth()));
        }
        var ids = invited(placements);
        for (int i = 0; i < ids.size(); i++) {
            var learner = placements.get(i).learner();
            learnerTraces.addAll(List.of(
                    learner.id().toString(), learner.loginId(), ids.get(i).toString()));
            var sent = api().send(
                            "POST",
                            "/api/evaluations/" + ids.get(i) + "/submit",
                            learner.token("LEARNER"),
                            api().write(Answering.all(score, Map.of("overall", "Comment from " + area.name()))));
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(204);
        }
    }

    private static String lead(Fixtures.Area area) {
        return Fixtures.leadToken(area.trustId());
    }

    private String comments(Fixtures.Area area) {
        return "/api/results/areas/" + area.areaId() + "/comments?quarter=" + quarter;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> areas(Map<String, Object> scores) {
        Map<String, Map<String, Object>> byName = new java.util.HashMap<>();
        ((List<Map<String, Object>>) scores.get("areas")).forEach(r -> byName.put((String) r.get("name"), r));
        return byName;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cell(Map<String, Object> row, String key) {
        return (Map<String, Object>) row.get(key);
    }
}
