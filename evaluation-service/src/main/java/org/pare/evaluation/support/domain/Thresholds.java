package org.pare.evaluation.support.domain;

import org.pare.evaluation.shared.domain.Refusal;

/**
 * A trust's thresholds for the support rules; {@link #DEFAULTS} are the domain brief's.
 *
 * @param pulseNoAnswers "no" answers (of three) that make a check-in low
 * @param pulseLowCheckins low check-ins among the last {@code pulseWindow} that raise a flag
 * @param environmentBottomPercent the bottom share of all areas (10 = decile) that raises an environment signal
 */
public record Thresholds(
        int pulseNoAnswers,
        int pulseLowCheckins,
        int pulseWindow,
        int inactivityDays,
        int signOffPendingDays,
        int environmentBottomPercent) {
    public static final int DEFAULT_ENVIRONMENT_BOTTOM_PERCENT = 10;
    public static final Thresholds DEFAULTS = new Thresholds(2, 3, 5, 14, 7, DEFAULT_ENVIRONMENT_BOTTOM_PERCENT);

    public Thresholds {
        if (pulseNoAnswers < 1 || pulseNoAnswers > 3) {
            throw Refusal.invalid("pulseNoAnswers", "must be 1 to 3");
        }
        if (pulseWindow < 1 || pulseWindow > 30 || pulseLowCheckins < 1 || pulseLowCheckins > pulseWindow) {
            throw Refusal.invalid("pulseLowCheckins", "must be 1 to pulseWindow (at most 30)");
        }
        if (inactivityDays < 1 || inactivityDays > 365 || signOffPendingDays < 1 || signOffPendingDays > 365) {
            throw Refusal.invalid("inactivityDays", "day thresholds must be 1 to 365");
        }
        if (environmentBottomPercent < 1 || environmentBottomPercent > 50) {
            throw Refusal.invalid("environmentBottomPercent", "must be 1 to 50 (10 = the bottom decile)");
        }
    }
}
