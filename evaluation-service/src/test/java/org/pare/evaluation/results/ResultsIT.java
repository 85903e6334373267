package org.pare.evaluation.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pare.evaluation.invitation.Answering;
import org.pare.evaluation.invitation.app.MixingResponses;
import org.pare.evaluation.testing.EvaluationTestSupport;
import org.pare.evaluation.testing.Fixtures;

/** An education lead's return rates and theme scores: small groups suppressed, subtraction defeated. */
@MicronautTest(transactional = false)
class ResultsIT extends EvaluationTestSupport {
    final Fixtures.Area a = Fixtures.anArea("Ward A");
    final Fixtures.Area b = a.inSameSite("Ward B");
    final Fixtures.Area c = a.inSameSite("Ward C");
    final Fixtures.Area quiet = a.inSameSite("Ward Q");
    final Fixtures.Area elsewhere = Fixtures.anArea("=HYPERLINK(\"http://evil\")");
    String quarter;

    @Inject
    MixingResponses mixing;

    @BeforeAll
    void evaluationsSentByLearners() {
        answered(a, 8, 4, "Good induction");
        answered(b, 6, 3, null);
        answered(c, 2, 1, "Hostile ward");
        answered(elsewhere, 6, 5, null);
        invited(placements(quiet, 5));
        mixing.mixNow();
        var end = lastMonth();
        quarter = end.getYear() + "-Q" + ((end.getMonthValue() - 1) / 3 + 1);
    }

    @Test
    void filing_a_batch_ranks_the_areas_for_the_environment_signal_leaving_out_the_small_one() {
        var ranked = db().rows(
                        "SELECT area_id, share_at_or_below FROM environment_rank WHERE theme = ?",
                        "psychological-safety");

        assertThat(ranked)
                .extracting(r -> r.get(0))
                .containsExactlyInAnyOrder(a.areaId(), b.areaId(), elsewhere.areaId());
        assertThat(ranked)
                .filteredOn(r -> r.get(0).equals(b.areaId()))
                .singleElement()
                .satisfies(r -> assertThat(((Number) r.get(1)).doubleValue())
                        .isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-9)));
    }

    @Test
    void a_small_area_and_the_next_smallest_are_suppressed_and_the_trust_total_cannot_reveal_either() {
        var scores = api().body(api().get("/api/results/scores?quarter=" + quarter, lead()));

        var rows = areas(scores);
        assertThat(cell(rows.get("Ward A"), "responses"))
                .containsEntry("responses", 8)
                .containsEntry("suppressed", false);
        assertThat(cell(rows.get("Ward C"), "responses"))
                .containsEntry("suppressed", true)
                .doesNotContainKey("responses");
        assertThat(cell(rows.get("Ward B"), "responses")).containsEntry("suppressed", true);
        assertThat(theme(rows.get("Ward C"), "overall"))
                .containsEntry("suppressed", true)
                .doesNotContainKey("value");
        assertThat(theme(rows.get("Ward A"), "overall")).containsEntry("value", 4.0);

        // the attack: the trust's total less every shown area
        Map<String, Object> trust = (Map<String, Object>) scores.get("trust");
        int trustResponses = (Integer) cell(trust, "responses").get("responses");
        int shownResponses = rows.values().stream()
                .map(r -> cell(r, "responses"))
                .filter(cell -> !(Boolean) cell.get("suppressed"))
                .mapToInt(cell -> (Integer) cell.get("responses"))
                .sum();
        double trustSum = (Double) theme(trust, "overall").get("value") * trustResponses;
        double shownSum = 4.0 * 8;
        assertThat(trustResponses - shownResponses).isEqualTo(8).isNotEqualTo(2);
        assertThat((trustSum - shownSum) / (trustResponses - shownResponses)).isNotEqualTo(1.0);
    }

    @Test
    void the_comparison_with_all_areas_is_shown_when_other_trusts_have_enough_responses() {
        var scores = api().body(api().get("/api/results/scores?quarter=" + quarter, lead()));

        Map<String, Object> all = (Map<String, Object>) scores.get("allAreas");
        assertThat(cell(all, "responses")).containsEntry("responses", 22);
        assertThat(scores.toString()).doesNotContain("HYPERLINK");
    }

    @Test
    void return_rates_show_every_area_with_five_or_more_invitations_against_the_target() {
        var rates =
                api().body(api().get("/api/results/return-rates?by=area&from=" + month() + "&to=" + month(), lead()));

        assertThat(rates).containsEntry("target", 0.8);
        var rows = ((List<Map<String, Object>>) rates.get("rows"));
        assertThat(row(rows, "Ward A"))
                .containsEntry("invited", 8)
                .containsEntry("returned", 8)
                .containsEntry("rate", 1.0);
        assertThat(row(rows, "Ward Q"))
                .containsEntry("invited", 5)
                .containsEntry("returned", 0)
                .containsEntry("rate", 0.0);
        assertThat(row(rows, "Ward C")).containsEntry("suppressed", true).doesNotContainKey("invited");
        assertThat((Map<String, Object>) rates.get("total"))
                .containsEntry("invited", 21)
                .containsEntry("returned", 16);
        var byMonth =
                api().body(api().get("/api/results/return-rates?by=month&from=" + month() + "&to=" + month(), lead()));
        assertThat((List<?>) byMonth.get("rows")).hasSize(1);
    }

    @Test
    void released_comments_reach_the_lead_only_for_areas_with_five_or_more_responses() {
        var fromA = api().body(api().get("/api/results/areas/" + a.areaId() + "/comments?quarter=" + quarter, lead()));
        var fromC = api().body(api().get("/api/results/areas/" + c.areaId() + "/comments?quarter=" + quarter, lead()));

        assertThat(fromA).containsEntry("suppressed", false);
        assertThat(fromA.get("comments").toString()).contains("Good induction");
        assertThat(fromC).containsEntry("suppressed", true).doesNotContainKey("comments");
    }

    @Test
    void every_table_exports_as_csv_with_formula_cells_neutralised_and_suppression_written_out() {
        var mine = api().get("/api/results/scores.csv?quarter=" + quarter, lead());
        var theirs = api().get(
                        "/api/results/return-rates.csv?by=area&from=" + month() + "&to=" + month(),
                        Fixtures.leadToken(elsewhere.trustId()));

        assertThat(mine.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(mine.body()).contains("Ward A,", "suppressed (fewer than 5)", "Induction and belonging");
        assertThat(theirs.body())
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\"")
                .doesNotContain(",=HYPERLINK");
    }

    @Test
    void a_lead_sees_only_their_own_trust_and_others_are_refused() {
        var otherLead = api().get("/api/results/scores?quarter=" + quarter, Fixtures.leadToken(elsewhere.trustId()));
        var otherArea = api().get(
                        "/api/results/areas/" + a.areaId() + "/comments?quarter=" + quarter,
                        Fixtures.leadToken(elsewhere.trustId()));
        var noTrust = api().get("/api/results/scores", Fixtures.aPerson().token("EDUCATION_LEAD"));
        var learner = api().get("/api/results/scores", Fixtures.aPerson().token("LEARNER"));
        var badQuarter = api().get("/api/results/scores?quarter=2026-13", lead());
        var badMonth = api().get("/api/results/return-rates?from=june", lead());

        assertThat(otherLead.body()).doesNotContain("Ward A").contains("HYPERLINK");
        assertThat(otherArea.statusCode()).isEqualTo(404);
        assertThat(noTrust.statusCode()).isEqualTo(403);
        assertThat(learner.statusCode()).isEqualTo(403);
        assertThat(badQuarter.statusCode()).isEqualTo(400);
        assertThat(badQuarter.body()).contains("2026-Q3");
        assertThat(badMonth.statusCode()).isEqualTo(400);
    }

    private String lead() {
        return Fixtures.leadToken(a.trustId());
    }

    private static String month() {
        return lastMonth().toString().substring(0, 7);
    }

    private void answered(Fixtures.Area area, int learners, int score, String comment) {
        var placements = placements(area, learners);
        var ids = invited(placements);
        for (int i = 0; i < ids.size(); i++) {
            var comments = comment == null ? Map.<String, String>of() : Map.of("overall", comment);
            var sent = api().send(
                            "POST",
                            "/api/evaluations/" + ids.get(i) + "/submit",
                            placements.get(i).learner().token("LEARNER"),
                            api().write(Answering.all(score, comments)));
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(204);
        }
    }

    private static List<Fixtures.Placement> placements(Fixtures.Area area, int count) {
        List<Fixtures.Placement> placements = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            placements.add(Fixtures.aPlacement(area, lastMonth()));
        }
        return placements;
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> theme(Map<String, Object> row, String theme) {
        return ((Map<String, Map<String, Object>>) row.get("themes")).get(theme);
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String label) {
        return rows.stream()
                .filter(r -> label.equals(r.get("label")))
                .findFirst()
                .orElseThrow();
    }
}
