package org.pare.learner.allocation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafeTest {
    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1", "-1", "@SUM(A1)", "\tx"})
    void a_cell_starting_like_a_formula_is_prefixed_to_stay_text(String cell) {
        assertThat(SpreadsheetSafe.text(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ward 7", "2026-01-05", ""})
    void an_ordinary_cell_is_left_alone(String cell) {
        assertThat(SpreadsheetSafe.text(cell)).isEqualTo(cell);
    }
}
