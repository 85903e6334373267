package org.pare.evaluation.support.app;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pare.evaluation.events.EvaluationTopics;
import org.pare.evaluation.events.LearnerFlaggedForSupport;
import org.pare.evaluation.support.domain.Reason;
import org.pare.evaluation.support.domain.SupportFlag;
import org.pare.evaluation.support.persistence.Signals;
import org.pare.evaluation.support.persistence.SupportFlags;
import org.pare.messaging.micronaut.Outbox;

/**
 * Adds a reason to the learner's open flag, or opens one. A condition already flagged since it began is not flagged
 * again (so a closed flag does not spring back on the next sweep); LearnerFlaggedForSupport is announced for a new
 * flag or a reason new to the open one. Runs in the caller's transaction.
 */
@Singleton
public class RaisingSupportFlags {
    private final SupportFlags flags;
    private final Signals signals;
    private final Outbox outbox;
    private final Clock clock;

    RaisingSupportFlags(SupportFlags flags, Signals signals, Outbox outbox, Clock clock) {
        this.flags = flags;
        this.signals = signals;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @param conditionSince when the condition that raises this reason began */
    public void raise(UUID learnerId, Reason reason, Instant conditionSince) {
        Instant now = clock.instant();
        if (flags.raisedSince(learnerId, reason, conditionSince)) {
            return;
        }
        var open = flags.openOf(learnerId);
        SupportFlag flag = open.orElseGet(() -> opened(learnerId, now));
        if (open.isEmpty()) {
            flags.insert(flag, now);
        }
        flags.addReason(flag.id(), reason, now);
        if (!flag.reasons().contains(reason)) {
            List<String> reasons =
                    new ArrayList<>(flag.reasons().stream().map(Reason::name).toList());
            reasons.add(reason.name());
            outbox.publish(
                    EvaluationTopics.SUPPORT_FLAG,
                    LearnerFlaggedForSupport.TYPE,
                    flag.id().toString(),
                    new LearnerFlaggedForSupport(
                            flag.id(),
                            learnerId,
                            flag.trustId(),
                            flag.academicAssessorId(),
                            reasons.stream().sorted().toList(),
                            now));
        }
    }

    private SupportFlag opened(UUID learnerId, Instant now) {
        var placement = signals.placementOf(learnerId, LocalDate.now(clock));
        return new SupportFlag(
                UUID.randomUUID(),
                learnerId,
                placement.map(Signals.Placement::trustId).orElse(null),
                placement.map(Signals.Placement::academicAssessorId).orElse(null),
                SupportFlag.State.OPEN,
                List.of(),
                null,
                null,
                now);
    }
}
