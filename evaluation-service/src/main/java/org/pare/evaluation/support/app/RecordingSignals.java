package org.pare.evaluation.support.app;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.pare.evaluation.support.domain.Reason;
import org.pare.evaluation.support.domain.SupportRules;
import org.pare.evaluation.support.persistence.Signals;

/** Keeps each signal from another service and applies the rules that need no waiting. Runs in the consumer's transaction. */
@Singleton
public class RecordingSignals {
    private final Signals signals;
    private final RaisingSupportFlags raising;

    RecordingSignals(Signals signals, RaisingSupportFlags raising) {
        this.signals = signals;
        this.raising = raising;
    }

    public void pulse(UUID learnerId, SupportRules.Checkin checkin) {
        signals.checkin(learnerId, checkin);
        var thresholds = signals.placementOf(learnerId, checkin.day())
                .map(p -> signals.thresholdsOf(p.trustId()))
                .orElseGet(() -> signals.thresholdsOf(null));
        if (checkin.contactRequested()) {
            raising.raise(learnerId, Reason.CONTACT_REQUESTED, startOf(checkin.day()));
        }
        var recent = signals.checkinsNewestFirst(learnerId, thresholds.pulseWindow());
        if (SupportRules.lowPulse(recent, thresholds)) {
            raising.raise(learnerId, Reason.LOW_PULSE, startOf(SupportRules.windowStart(recent, thresholds)));
        }
    }

    public void concernRaised(UUID learnerId, Instant raisedAt) {
        raising.raise(learnerId, Reason.CONCERN_RAISED, raisedAt);
    }

    public void midPointInterviewOverdue(UUID learnerId, LocalDate dueOn) {
        raising.raise(learnerId, Reason.MID_POINT_INTERVIEW_MISSED, startOf(dueOn));
    }

    public void activity(UUID learnerId, Instant at) {
        signals.activity(learnerId, LocalDate.ofInstant(at, ZoneOffset.UTC));
    }

    public void signOffRequested(UUID reflectionId, UUID learnerId, Instant at) {
        activity(learnerId, at);
        signals.signOffRequested(reflectionId, learnerId, at);
    }

    public void signOffSettled(UUID reflectionId, UUID learnerId, Instant at) {
        activity(learnerId, at);
        signals.signOffSettled(reflectionId);
    }

    public void finalInterviewHeld(UUID placementId, Instant at) {
        signals.finalInterviewHeld(placementId, LocalDate.ofInstant(at, ZoneOffset.UTC));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
