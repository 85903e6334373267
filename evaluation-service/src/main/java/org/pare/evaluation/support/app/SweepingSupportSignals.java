package org.pare.evaluation.support.app;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.pare.evaluation.support.domain.Reason;
import org.pare.evaluation.support.domain.SupportRules;
import org.pare.evaluation.support.persistence.Signals;

/**
 * The rules that need time to pass (no activity, a sign-off left waiting), checked on a schedule. Two instances may
 * run: an advisory lock lets one sweep at a time, and a condition is flagged once however often it is seen. The
 * sweep also re-ranks the areas for the environment signal, whose window moves at each quarter's start.
 */
@Singleton
public class SweepingSupportSignals {
    private final Signals signals;
    private final RaisingSupportFlags raising;
    private final RankingEnvironments ranking;
    private final Clock clock;

    SweepingSupportSignals(Signals signals, RaisingSupportFlags raising, RankingEnvironments ranking, Clock clock) {
        this.signals = signals;
        this.raising = raising;
        this.ranking = ranking;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelay = "${pare.evaluation.support.sweep-interval:1h}",
            initialDelay = "${pare.evaluation.support.initial-delay:2m}")
    @Transactional
    public void sweep() {
        if (!signals.claimSweep()) {
            return;
        }
        ranking.rank();
        LocalDate today = LocalDate.now(clock);
        for (var active : signals.activeLearners(today)) {
            if (SupportRules.inactive(active.lastActivity(), today, signals.thresholdsOf(active.trustId()))) {
                raising.raise(
                        active.learnerId(),
                        Reason.NO_ACTIVITY,
                        active.lastActivity().atStartOfDay(ZoneOffset.UTC).toInstant());
            }
        }
        for (var pending : signals.pendingSignOffs()) {
            var trust = signals.placementOf(pending.learnerId(), today).map(Signals.Placement::trustId);
            var thresholds = signals.thresholdsOf(trust.orElse(null));
            if (SupportRules.signOffPendingTooLong(pending.since(), clock.instant(), thresholds)) {
                raising.raise(pending.learnerId(), Reason.SIGN_OFF_PENDING, pending.since());
            }
        }
    }
}
