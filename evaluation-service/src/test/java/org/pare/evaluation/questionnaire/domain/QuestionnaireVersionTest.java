package org.pare.evaluation.questionnaire.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class QuestionnaireVersionTest {
    @Test
    void the_first_version_is_one() {
        assertThat(QuestionnaireVersion.first()).isEqualTo(new QuestionnaireVersion(1));
    }

    @Test
    void the_next_version_follows_and_sorts_after() {
        QuestionnaireVersion first = QuestionnaireVersion.first();

        QuestionnaireVersion second = first.next();

        assertThat(second.number()).isEqualTo(2);
        assertThat(second).isGreaterThan(first);
        assertThat(second).hasToString("v2");
    }

    @Test
    void versions_below_one_are_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new QuestionnaireVersion(0));
        assertThatIllegalArgumentException().isThrownBy(() -> new QuestionnaireVersion(-3));
    }
}
