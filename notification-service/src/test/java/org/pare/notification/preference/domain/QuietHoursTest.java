package org.pare.notification.preference.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {
    private static final QuietHours NIGHT = QuietHours.DEFAULT;

    @Test
    void an_email_due_late_in_the_evening_is_held_until_seven_the_next_morning_in_london() {
        Instant at = Instant.parse("2026-11-20T22:30:00Z");

        assertThat(NIGHT.nextAllowed(at)).isEqualTo(Instant.parse("2026-11-21T07:00:00Z"));
    }

    @Test
    void an_email_due_before_seven_is_held_until_seven_the_same_morning() {
        assertThat(NIGHT.nextAllowed(Instant.parse("2026-11-21T03:10:00Z")))
                .isEqualTo(Instant.parse("2026-11-21T07:00:00Z"));
    }

    @Test
    void summer_time_is_respected() {
        // 06:30 UTC is 07:30 in London in July: outside quiet hours.
        assertThat(NIGHT.nextAllowed(Instant.parse("2026-07-01T06:30:00Z")))
                .isEqualTo(Instant.parse("2026-07-01T06:30:00Z"));
        assertThat(NIGHT.nextAllowed(Instant.parse("2026-07-01T05:30:00Z")))
                .isEqualTo(Instant.parse("2026-07-01T06:00:00Z"));
    }

    @Test
    void an_email_due_in_the_day_goes_at_once() {
        Instant noon = Instant.parse("2026-11-20T12:00:00Z");

        assertThat(NIGHT.nextAllowed(noon)).isEqualTo(noon);
    }

    @Test
    void quiet_hours_within_one_day_hold_until_their_end() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0), ZoneId.of("UTC"));

        assertThat(lunch.nextAllowed(Instant.parse("2026-11-20T13:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-20T14:00:00Z"));
        assertThat(lunch.nextAllowed(Instant.parse("2026-11-20T14:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-20T14:00:00Z"));
    }

    @Test
    void the_same_start_and_end_means_no_quiet_hours() {
        QuietHours none = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, ZoneId.of("UTC"));
        Instant at = Instant.parse("2026-11-20T00:30:00Z");

        assertThat(none.nextAllowed(at)).isEqualTo(at);
    }

    @Test
    void someone_who_chose_a_digest_or_no_email_gets_no_single_emails() {
        Instant noon = Instant.parse("2026-11-20T12:00:00Z");

        assertThat(new Preferences(true, NIGHT, true).singleEmailAt(noon)).isEmpty();
        assertThat(new Preferences(false, NIGHT, false).singleEmailAt(noon)).isEmpty();
        assertThat(Preferences.DEFAULT.singleEmailAt(noon)).contains(noon);
    }
}
