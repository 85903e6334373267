package org.pare.evaluation.support.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.evaluation.shared.domain.Refusal;

class SupportRulesTest {
    static final LocalDate DAY = LocalDate.parse("2026-11-20");

    static SupportRules.Checkin checkin(int daysAgo, int no) {
        return new SupportRules.Checkin(DAY.minusDays(daysAgo), no, false);
    }

    @Test
    void three_low_check_ins_among_the_last_five_make_a_low_pulse() {
        var checkins = List.of(checkin(0, 2), checkin(1, 0), checkin(2, 3), checkin(3, 1), checkin(4, 2));

        assertThat(SupportRules.lowPulse(checkins, Thresholds.DEFAULTS)).isTrue();
        assertThat(SupportRules.windowStart(checkins, Thresholds.DEFAULTS)).isEqualTo(DAY.minusDays(4));
    }

    @Test
    void two_low_check_ins_or_low_ones_older_than_the_window_do_not() {
        var two = List.of(checkin(0, 2), checkin(1, 0), checkin(2, 3), checkin(3, 1), checkin(4, 1));
        var old = List.of(
                checkin(0, 0),
                checkin(1, 0),
                checkin(2, 0),
                checkin(3, 1),
                checkin(4, 1),
                checkin(5, 3),
                checkin(6, 3),
                checkin(7, 3));

        assertThat(SupportRules.lowPulse(two, Thresholds.DEFAULTS)).isFalse();
        assertThat(SupportRules.lowPulse(old, Thresholds.DEFAULTS)).isFalse();
    }

    @Test
    void a_trust_may_make_the_pulse_rule_stricter() {
        var strict = new Thresholds(1, 1, 3, 14, 7, 10);

        assertThat(SupportRules.lowPulse(List.of(checkin(0, 1)), strict)).isTrue();
    }

    @Test
    void fourteen_days_without_activity_is_inactive_and_thirteen_is_not() {
        assertThat(SupportRules.inactive(DAY.minusDays(15), DAY, Thresholds.DEFAULTS))
                .isTrue();
        assertThat(SupportRules.inactive(DAY.minusDays(14), DAY, Thresholds.DEFAULTS))
                .isFalse();
    }

    @Test
    void a_sign_off_waiting_more_than_seven_days_is_too_long() {
        Instant now = Instant.parse("2026-11-20T12:00:00Z");

        assertThat(SupportRules.signOffPendingTooLong(Instant.parse("2026-11-13T11:00:00Z"), now, Thresholds.DEFAULTS))
                .isTrue();
        assertThat(SupportRules.signOffPendingTooLong(Instant.parse("2026-11-14T11:00:00Z"), now, Thresholds.DEFAULTS))
                .isFalse();
    }

    @Test
    void thresholds_out_of_range_are_refused() {
        assertThatThrownBy(() -> new Thresholds(4, 3, 5, 14, 7, 10)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> new Thresholds(2, 6, 5, 14, 7, 10)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> new Thresholds(2, 3, 5, 0, 7, 10)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> new Thresholds(2, 3, 5, 14, 7, 0)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> new Thresholds(2, 3, 5, 14, 7, 51)).isInstanceOf(Refusal.class);
    }

    @Test
    void a_closed_flag_cannot_be_acted_on_and_an_assignment_names_someone() {
        var flag = new SupportFlag(
                UUID.randomUUID(),
                UUID.randomUUID(),
                null,
                null,
                SupportFlag.State.OPEN,
                List.of(),
                null,
                null,
                Instant.now());

        var assigned = flag.acknowledged().assigned("Sam (PEF)", "Sam Patel");

        assertThat(assigned.state()).isEqualTo(SupportFlag.State.ASSIGNED);
        assertThat(assigned.contact()).isEqualTo("Sam Patel");
        assertThatThrownBy(() -> flag.assigned(" ", null)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> assigned.closed().acknowledged())
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("closed");
    }
}
