package org.pare.evaluation.support.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.pare.evaluation.shared.http.Caller;
import org.pare.evaluation.support.domain.Thresholds;
import org.pare.evaluation.support.persistence.EnvironmentRanks;
import org.pare.evaluation.support.persistence.FlagReads;

/**
 * Environment signals, kept apart from personal flags: learners now placed in an area whose psychological-safety or
 * civility score is in the bottom share of all areas (the trust's threshold). A lead sees their trust's learners, an
 * academic assessor their own; each signal shown is written to the read audit.
 */
@Singleton
public class ReadingEnvironmentSignals {
    private final EnvironmentRanks ranks;
    private final HandlingSupportFlags handling;
    private final FlagReads reads;
    private final Clock clock;

    ReadingEnvironmentSignals(EnvironmentRanks ranks, HandlingSupportFlags handling, FlagReads reads, Clock clock) {
        this.ranks = ranks;
        this.handling = handling;
        this.reads = reads;
        this.clock = clock;
    }

    @Transactional
    public List<EnvironmentRanks.Signal> signals(Caller caller) {
        LocalDate today = LocalDate.now(clock);
        int byDefault = Thresholds.DEFAULT_ENVIRONMENT_BOTTOM_PERCENT;
        List<EnvironmentRanks.Signal> seen = caller.has("EDUCATION_LEAD")
                ? ranks.ofTrust(caller.trustOfLead(), today, byDefault)
                : ranks.ofAcademicAssessor(handling.assessor(caller), today, byDefault);
        var now = clock.instant();
        seen.forEach(s -> reads.record(
                s.trustId(),
                new FlagReads.Entry(
                        caller.loginId(),
                        HandlingSupportFlags.roleOf(caller),
                        s.learnerId(),
                        null,
                        FlagReads.Kind.ENVIRONMENT_SIGNAL,
                        now)));
        return seen;
    }
}
