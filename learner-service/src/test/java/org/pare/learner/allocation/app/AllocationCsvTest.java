package org.pare.learner.allocation.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pare.learner.allocation.AllocationRows.aRow;
import static org.pare.learner.allocation.AllocationRows.csv;
import static org.pare.learner.allocation.AllocationRows.with;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pare.learner.allocation.domain.AllocationColumns;
import org.pare.learner.allocation.domain.AllocationFile;
import org.pare.learner.allocation.domain.RowProblem;

class AllocationCsvTest {
    @Test
    void line_numbers_are_those_of_the_file_even_after_a_quoted_line_break() {
        String text = csv(List.of(
                with(aRow("t", "s1"), AllocationColumns.PLACEMENT_AREA, "Ward 7\nEast wing"),
                with(aRow("t", "s2"), AllocationColumns.END_DATE, "never")));

        AllocationFile file = AllocationCsv.read(text);

        assertThat(file.problems()).extracting(RowProblem::line).containsExactly(4);
    }

    @Test
    void unbalanced_quotes_make_the_file_malformed() {
        String text = csv(List.of(aRow("t", "s1"))) + "\"s2,Learner,\n";

        assertThatThrownBy(() -> AllocationCsv.read(text)).isInstanceOf(MalformedCsvException.class);
    }

    @Test
    void the_example_file_in_the_docs_is_valid() throws Exception {
        byte[] example = AllocationCsvTest.class
                .getResourceAsStream("/allocations/example-allocations.csv")
                .readAllBytes();

        AllocationFile file = AllocationCsv.read(new String(example, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(file.problems()).isEmpty();
        assertThat(file.rows()).hasSize(3);
    }
}
