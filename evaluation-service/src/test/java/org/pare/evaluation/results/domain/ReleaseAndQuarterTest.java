package org.pare.evaluation.results.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pare.evaluation.invitation.domain.AnonymousResponse;
import org.pare.evaluation.shared.domain.Refusal;

class ReleaseAndQuarterTest {
    static final LocalDate END = LocalDate.parse("2026-03-27"); // a Friday

    @Test
    void comments_wait_fourteen_days_after_the_end_rounded_up_to_a_monday() {
        LocalDate release = AnonymousResponse.releaseAfter(END, null);

        assertThat(release).isEqualTo(LocalDate.parse("2026-04-13"));
        assertThat(release.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void a_final_interview_held_before_the_fourteen_days_releases_them_sooner_but_never_before_the_end() {
        assertThat(AnonymousResponse.releaseAfter(END, LocalDate.parse("2026-04-01")))
                .isEqualTo(LocalDate.parse("2026-04-06"));
        assertThat(AnonymousResponse.releaseAfter(END, LocalDate.parse("2026-03-20")))
                .isEqualTo(LocalDate.parse("2026-03-30"));
    }

    @Test
    void responses_count_in_the_quarter_their_placement_ended() {
        assertThat(AnonymousResponse.quarterOf(END)).isEqualTo(LocalDate.parse("2026-01-01"));
        assertThat(Quarter.of(LocalDate.parse("2026-11-30"))).hasToString("2026-Q4");
        assertThat(Quarter.parse("2026-Q2").firstDay()).isEqualTo(LocalDate.parse("2026-04-01"));
        assertThat(Quarter.parse("2026-Q1").previous()).hasToString("2025-Q4");
    }

    @Test
    void only_whole_quarters_can_be_asked_for() {
        assertThatThrownBy(() -> Quarter.parse("2026-03")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> Quarter.parse("2026-Q5")).isInstanceOf(Refusal.class);
    }
}
