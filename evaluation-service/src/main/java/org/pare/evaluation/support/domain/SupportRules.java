package org.pare.evaluation.support.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The default rules of the domain brief, each threshold from the trust's {@link Thresholds}. */
public final class SupportRules {
    private SupportRules() {}

    /** One daily check-in: how many of the three questions were answered "no". */
    public record Checkin(LocalDate day, int noAnswers, boolean contactRequested) {}

    /**
     * Low pulse: at least {@code pulseLowCheckins} of the last {@code pulseWindow} check-ins had {@code pulseNoAnswers}
     * or more "no" answers.
     *
     * @param newestFirst the learner's check-ins, newest first
     */
    public static boolean lowPulse(List<Checkin> newestFirst, Thresholds t) {
        long low = newestFirst.stream()
                .limit(t.pulseWindow())
                .filter(c -> c.noAnswers() >= t.pulseNoAnswers())
                .count();
        return low >= t.pulseLowCheckins();
    }

    /** The day the low-pulse condition began: the oldest check-in of the window it was seen in. */
    public static LocalDate windowStart(List<Checkin> newestFirst, Thresholds t) {
        return newestFirst.stream()
                .limit(t.pulseWindow())
                .map(Checkin::day)
                .min(LocalDate::compareTo)
                .orElseThrow();
    }

    /** No reflection, feedback or sign-off for the threshold's days while on an active placement. */
    public static boolean inactive(LocalDate lastActivity, LocalDate today, Thresholds t) {
        return lastActivity.plusDays(t.inactivityDays()).isBefore(today);
    }

    public static boolean signOffPendingTooLong(Instant requestedAt, Instant now, Thresholds t) {
        return requestedAt.plus(Duration.ofDays(t.signOffPendingDays())).isBefore(now);
    }
}
