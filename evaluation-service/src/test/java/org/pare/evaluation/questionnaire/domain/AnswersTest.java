package org.pare.evaluation.questionnaire.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pare.evaluation.shared.domain.Refusal;

public class AnswersTest {
    public static final Questionnaire TWO_THEMES = new Questionnaire(
            QuestionnaireVersion.first(),
            new Questionnaire.Scale(1, 5, List.of("1", "2", "3", "4", "5"), "Not applicable"),
            List.of(
                    new Questionnaire.Theme("team", "Team", List.of(new Questionnaire.Item("welcomed", "Welcomed"))),
                    new Questionnaire.Theme("overall", "Overall", List.of(new Questionnaire.Item("recommend", "Rec")))),
            "overall");

    @Test
    void a_draft_may_leave_items_out_but_a_submission_may_not() {
        var partial = new Answers(Map.of("welcomed", 4), Map.of());

        assertThat(partial.checkedAgainst(TWO_THEMES, false)).isEqualTo(partial);
        assertThatThrownBy(() -> partial.checkedAgainst(TWO_THEMES, true))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("every item");
    }

    @Test
    void not_applicable_counts_as_an_answer() {
        var all = new Answers(Map.of("welcomed", Answers.NOT_APPLICABLE, "recommend", 5), Map.of());

        assertThat(all.checkedAgainst(TWO_THEMES, true)).isEqualTo(all);
    }

    @Test
    void answers_off_the_scale_unknown_items_and_unknown_themes_are_refused() {
        assertThatThrownBy(() -> new Answers(Map.of("welcomed", 6), null).checkedAgainst(TWO_THEMES, false))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> new Answers(Map.of("colour", 3), null).checkedAgainst(TWO_THEMES, false))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> new Answers(null, Map.of("parking", "x")).checkedAgainst(TWO_THEMES, false))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void blank_comments_are_dropped_and_others_trimmed() {
        var answers = new Answers(null, Map.of("team", "  kind  ", "overall", "   "));

        assertThat(answers.comments()).containsExactly(Map.entry("team", "kind"));
    }
}
