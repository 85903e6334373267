package org.pare.supervisor.interview.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pare.supervisor.events.InterviewKind;

class InterviewDatesTest {
    static final LocalDate START = LocalDate.of(2026, 11, 2);

    @Test
    void interviews_fall_in_the_first_week_at_the_midpoint_and_on_the_end_date() {
        var due = InterviewDates.of(START, LocalDate.of(2026, 12, 18));

        assertThat(due)
                .containsEntry(InterviewKind.INITIAL, LocalDate.of(2026, 11, 9))
                .containsEntry(InterviewKind.MID_POINT, LocalDate.of(2026, 11, 25))
                .containsEntry(InterviewKind.FINAL, LocalDate.of(2026, 12, 18));
    }

    @Test
    void on_a_placement_shorter_than_a_week_the_initial_interview_is_due_by_the_end() {
        var due = InterviewDates.of(START, START.plusDays(4));

        assertThat(due.get(InterviewKind.INITIAL)).isEqualTo(START.plusDays(4));
        assertThat(due.get(InterviewKind.MID_POINT)).isEqualTo(START.plusDays(2));
    }

    @Test
    void a_placement_ending_before_it_starts_has_no_interview_dates() {
        assertThatIllegalArgumentException().isThrownBy(() -> InterviewDates.of(START, START.minusDays(1)));
    }
}
