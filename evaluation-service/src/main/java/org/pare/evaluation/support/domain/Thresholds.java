package org.pare.evaluation.support.domain;

import org.pare.evaluation.shared.domain.Refusal;

/**
 * A trust's thresholds for the support rules; {@link #DEFAULTS} are the domain brief's.
 *
 * @param pulseNoAnswers "no" answers (of three) that make a check-in low
 * @param pulseLowCheckins low check-ins among the last {@code pulseWindow} that raise a flag
 */
public record Thresholds(
        int pulseNoAnswers, int pulseLowCheckins, int pulseWindow, int inactivityDays, int signOffPendingDays) {
    public static final Thresholds DEFAULTS = new Thresholds(2, 3, 5, 14, 7);

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
    }
}
