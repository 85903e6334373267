package org.pare.evaluation.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.evaluation.invitation.app.MixingResponses;
import org.pare.evaluation.testing.EvaluationTestSupport;
import org.pare.evaluation.testing.Fixtures;

/** Answers are kept apart from the learner: in the schema itself, and through every API. */
@MicronautTest(transactional = false)
class AnonymityIT extends EvaluationTestSupport {
    static final List<String> ANSWER_TABLES =
            List.of("response", "response_pool", "response_comment", "rollup_response", "rollup_item");

    @Inject
    MixingResponses mixing;

    @Test
    void no_table_holding_answers_has_a_column_that_could_name_a_learner_an_invitation_a_placement_or_a_moment() {
        List<Object> columns = db().column(
                        "SELECT table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns"
                                + " WHERE table_schema = current_schema() AND table_name = ANY (?)",
                        (Object) ANSWER_TABLES.toArray(String[]::new));

        assertThat(columns).isNotEmpty();
        assertThat(columns)
                .map(String::valueOf)
                .noneMatch(c -> c.matches("(?i).*(learner|person|invitation|placement|login|user|created|submitted|"
                        + "returned|_at ).*"))
                .noneMatch(c -> c.contains("timestamp"))
                .noneMatch(c -> c.contains("bigint") && !c.contains(".total"));
        assertThat(db().column(
                                "SELECT column_default FROM information_schema.columns WHERE table_schema = current_schema()"
                                        + " AND table_name = ANY (?) AND column_default IS NOT NULL",
                                (Object) ANSWER_TABLES.toArray(String[]::new)))
                .map(String::valueOf)
                .noneMatch(d -> d.contains("nextval") || d.contains("now()"));
    }

    @Test
    void no_foreign_key_leads_from_an_answer_table_to_invitations_placements_or_people() {
        List<Object> references = db().column(
                        "SELECT conrelid::regclass::text || ' -> ' || confrelid::regclass::text FROM pg_constraint"
                                + " WHERE contype = 'f' AND conrelid::regclass::text = ANY (?)",
                        (Object) ANSWER_TABLES.toArray(String[]::new));

        assertThat(references)
                .map(String::valueOf)
                .allMatch(r -> r.endsWith("-> placement_area") || r.endsWith("-> questionnaire"));
    }

    @Test
    void a_sent_evaluation_cannot_be_found_again_from_its_learner_through_the_api() {
        var placement = Fixtures.aPlacement(Fixtures.anArea("Ward 9"), lastMonth());
        UUID invitation = invited(placement);
        String token = placement.learner().token("LEARNER");
        String secret = "The night staff were unkind " + UUID.randomUUID();
        api().send(
                        "POST",
                        "/api/evaluations/" + invitation + "/submit",
                        token,
                        api().write(Answering.all(2, Map.of("civility-dignity", secret))));
        mixing.mixNow();

        var seen = List.of(
                api().get("/api/evaluations", token),
                api().get("/api/evaluations/" + invitation, token),
                api().get(
                                "/api/results/scores?quarter=" + quarter(),
                                Fixtures.leadToken(placement.area().trustId())),
                api().get(
                                "/api/results/areas/" + placement.area().areaId() + "/comments?quarter=" + quarter(),
                                Fixtures.leadToken(placement.area().trustId())));

        assertThat(seen).allSatisfy(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(200));
        assertThat(seen).allSatisfy(r -> assertThat(r.body())
                .doesNotContain(secret)
                .doesNotContain("\"civility-dignity\":2")
                .doesNotContain("\"dignity-respect\":2"));
        var reopened = api().body(seen.get(1));
        assertThat(reopened).containsEntry("state", "RETURNED");
        assertThat((Map<?, ?>) reopened.getOrDefault("answers", Map.of())).isEmpty();
        assertThat((Map<?, ?>) reopened.getOrDefault("comments", Map.of())).isEmpty();
        assertThat(db().count("SELECT count(*) FROM response_comment WHERE body = ?", secret))
                .isEqualTo(1);
    }

    private static String quarter() {
        var end = lastMonth();
        return end.getYear() + "-Q" + ((end.getMonthValue() - 1) / 3 + 1);
    }
}
