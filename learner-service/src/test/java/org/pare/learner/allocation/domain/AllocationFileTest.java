package org.pare.learner.allocation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.learner.allocation.AllocationRows.aRow;
import static org.pare.learner.allocation.AllocationRows.with;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationFileTest {
    @Test
    void a_valid_row_is_read_with_its_people_and_dates() {
        AllocationFile file = validate(aRow("t", "s1"));

        assertThat(file.valid()).isTrue();
        AllocationRow row = file.rows().get(0);
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.startDate()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(row.practiceSupervisors()).extracting(p -> p.login()).containsExactly("tps1", "tps2");
        assertThat(row.academicAssessor().email()).isEqualTo("taa@uni.example");
    }

    @Test
    void a_uk_day_first_date_is_understood() {
        AllocationFile file = validate(with(aRow("t", "s1"), AllocationColumns.START_DATE, "05/01/2026"));

        assertThat(file.rows().get(0).startDate()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void every_kind_of_bad_row_is_reported_with_its_line() {
        Map<String, String> good = aRow("t", "s1");
        AllocationFile file = validate(
                good,
                with(aRow("t", "s2"), AllocationColumns.START_DATE, "5th January"),
                with(aRow("t", "s3"), AllocationColumns.END_DATE, "2025-12-01"),
                with(aRow("t", "s4"), AllocationColumns.PRACTICE_SUPERVISORS, "tpa|Pat Assessor|tpa@trust.example"),
                with(
                        with(aRow("t", "s5"), AllocationColumns.AA_LOGIN, "tpa"),
                        AllocationColumns.AA_EMAIL,
                        "tpa@trust.example"),
                good,
                with(aRow("t", "s7"), AllocationColumns.LEARNER_EMAIL, ""));

        assertThat(file.valid()).isFalse();
        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).extracting(RowProblem::line).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(reasons(file, 3)).anyMatch(r -> r.contains("unknown date format"));
        assertThat(reasons(file, 4)).anyMatch(r -> r.contains("before start_date"));
        assertThat(reasons(file, 5)).anyMatch(r -> r.contains("PS and PA"));
        assertThat(reasons(file, 6)).anyMatch(r -> r.contains("PA and AA"));
        assertThat(reasons(file, 7)).anyMatch(r -> r.contains("duplicate row") && r.contains("line 2"));
        assertThat(reasons(file, 8)).containsExactly("missing learner_email");
    }

    @Test
    void a_header_without_the_required_columns_is_one_problem_on_line_1() {
        AllocationFile file = AllocationFile.validate(List.of("learner_login", "trust"), List.of());

        assertThat(file.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.reason()).contains("academic_assessor_email");
        });
    }

    @Test
    void the_same_login_with_another_name_is_reported() {
        AllocationFile file =
                validate(aRow("t", "s1"), with(aRow("t", "s2"), AllocationColumns.PA_NAME, "Patricia Assessor"));

        assertThat(reasons(file, 3)).anyMatch(r -> r.contains("tpa") && r.contains("line 2"));
    }

    @Test
    void a_cell_that_a_spreadsheet_would_run_is_echoed_as_text() {
        AllocationFile file = validate(with(aRow("t", "s1"), AllocationColumns.START_DATE, "=HYPERLINK(\"x\")"));

        assertThat(reasons(file, 2)).anyMatch(r -> r.contains("'=HYPERLINK"));
    }

    @Test
    void a_supervisor_entry_without_three_parts_is_reported() {
        AllocationFile file = validate(with(aRow("t", "s1"), AllocationColumns.PRACTICE_SUPERVISORS, "tps1|Sam"));

        assertThat(reasons(file, 2)).anyMatch(r -> r.contains("login|name|email"));
    }

    @SafeVarargs
    private static AllocationFile validate(Map<String, String>... rows) {
        List<RawRow> raws = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            raws.add(new RawRow(i + 2, rows[i]));
        }
        return AllocationFile.validate(AllocationColumns.ALL, raws);
    }

    private static List<String> reasons(AllocationFile file, int line) {
        return file.problems().stream()
                .filter(p -> p.line() == line)
                .map(RowProblem::reason)
                .toList();
    }
}
