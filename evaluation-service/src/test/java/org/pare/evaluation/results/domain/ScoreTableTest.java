package org.pare.evaluation.results.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pare.evaluation.questionnaire.domain.AnswersTest;

class ScoreTableTest {
    static GroupSums area(String key, int responses, int score) {
        return new GroupSums(
                key,
                responses,
                Map.of(
                        "welcomed", new ItemSum(responses, (long) responses * score),
                        "recommend", new ItemSum(responses, (long) responses * score)));
    }

    @Test
    void a_small_area_hides_the_next_smallest_and_the_trust_total_stays() {
        var table = ScoreTable.of(
                AnswersTest.TWO_THEMES,
                List.of(area("a", 10, 4), area("b", 6, 2), area("c", 3, 1)),
                area("all", 40, 3));

        assertThat(table.areas().get(0).themes().get("overall")).isEqualTo(Cell.of(4.0, 10));
        assertThat(table.areas().get(1).responses().suppressed()).isTrue();
        assertThat(table.areas().get(2).themes().get("overall")).isEqualTo(Cell.SUPPRESSED);
        assertThat(table.trust().responses()).isEqualTo(Cell.of(null, 19));
        assertThat(table.allAreas().responses()).isEqualTo(Cell.of(null, 40));
    }

    @Test
    void all_areas_is_hidden_when_the_other_trusts_together_have_fewer_than_five() {
        var table = ScoreTable.of(AnswersTest.TWO_THEMES, List.of(area("a", 10, 4)), area("all", 13, 4));

        assertThat(table.allAreas().responses().suppressed()).isTrue();
        assertThat(table.allAreas().themes().get("overall").suppressed()).isTrue();
    }

    @Test
    void a_trust_with_fewer_than_five_responses_shows_nothing() {
        var table = ScoreTable.of(AnswersTest.TWO_THEMES, List.of(area("a", 4, 4)), area("all", 100, 3));

        assertThat(table.trust().responses().suppressed()).isTrue();
        assertThat(table.allAreas().responses().suppressed()).isTrue();
    }
}
