package org.pare.supervisor.interview.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import org.pare.supervisor.events.InterviewKind;

/**
 * When each interview is due, from the placement's dates: the initial interview within the first week (start
 * + 7 days), the mid-point interview at the midpoint (start + half the days, rounded down), the final
 * interview by the end date. On a placement shorter than a week the initial interview is due by the end date.
 */
public final class InterviewDates {
    static final int FIRST_WEEK_DAYS = 7;

    private InterviewDates() {}

    public static Map<InterviewKind, LocalDate> of(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a placement cannot end before it starts");
        }
        Map<InterviewKind, LocalDate> due = new EnumMap<>(InterviewKind.class);
        LocalDate firstWeek = start.plusDays(FIRST_WEEK_DAYS);
        due.put(InterviewKind.INITIAL, firstWeek.isAfter(end) ? end : firstWeek);
        due.put(InterviewKind.MID_POINT, start.plusDays(ChronoUnit.DAYS.between(start, end) / 2));
        due.put(InterviewKind.FINAL, end);
        return due;
    }
}
