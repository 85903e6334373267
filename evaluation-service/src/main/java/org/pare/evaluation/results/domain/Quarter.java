package org.pare.evaluation.results.domain;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.pare.evaluation.shared.domain.Refusal;

/**
 * A calendar quarter, the only period results are shown for: fixed, non-overlapping periods, so results for two
 * periods can never be subtracted to reveal a smaller one.
 */
public record Quarter(int year, int number) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    public static Quarter parse(String text) {
        var match = text == null ? null : FORMAT.matcher(text);
        if (match == null || !match.matches()) {
            throw Refusal.invalid("quarter", "must look like 2026-Q3");
        }
        return new Quarter(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
