package org.pare.evaluation.support.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.pare.evaluation.events.EvaluationTopics;
import org.pare.evaluation.events.LearnerSupportFlagClosed;
import org.pare.evaluation.person.persistence.PersonDirectory;
import org.pare.evaluation.shared.domain.Refusal;
import org.pare.evaluation.shared.http.Caller;
import org.pare.evaluation.support.domain.SupportFlag;
import org.pare.evaluation.support.domain.Thresholds;
import org.pare.evaluation.support.persistence.FlagReads;
import org.pare.evaluation.support.persistence.Signals;
import org.pare.evaluation.support.persistence.SupportFlags;
import org.pare.messaging.micronaut.Outbox;

/**
 * Who sees and acts on flags: an education lead on their trust's, an academic assessor on their own learners'.
 * Anyone else is told the flag does not exist. A learner sees only that a flag exists and who will contact them.
 * Every flag shown to a lead or assessor is written to the read audit; closing a flag is announced (no note text).
 */
@Singleton
public class HandlingSupportFlags {
    private final SupportFlags flags;
    private final Signals signals;
    private final PersonDirectory people;
    private final FlagReads reads;
    private final Outbox outbox;
    private final Clock clock;

    HandlingSupportFlags(
            SupportFlags flags, Signals signals, PersonDirectory people, FlagReads reads, Outbox outbox, Clock clock) {
        this.flags = flags;
        this.signals = signals;
        this.people = people;
        this.reads = reads;
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Seen(SupportFlag flag, List<SupportFlags.Note> notes) {}

    @Transactional
    public List<Seen> open(Caller caller) {
        List<SupportFlag> seen = caller.has("EDUCATION_LEAD")
                ? flags.openOfTrust(caller.trustOfLead())
                : flags.openOfAcademicAssessor(assessor(caller));
        var now = clock.instant();
        seen.forEach(f -> reads.record(
                f.trustId(),
                new FlagReads.Entry(
                        caller.loginId(), roleOf(caller), f.learnerId(), f.id(), FlagReads.Kind.FLAG, now)));
        return seen.stream().map(f -> new Seen(f, flags.notes(f.id()))).toList();
    }

    /** The read audit of the lead's trust, newest first. */
    @Transactional(readOnly = true)
    public List<FlagReads.Entry> reads(Caller caller, int page, int size) {
        return reads.page(caller.trustOfLead(), page, size);
    }

    @Transactional
    public SupportFlag act(Caller caller, UUID flagId, String action, String note, UnaryOperator<SupportFlag> change) {
        if (note == null || note.isBlank()) {
            throw Refusal.invalid("note", "say what was done");
        }
        SupportFlag flag =
                flags.find(flagId).filter(f -> mayAct(caller, f)).orElseThrow(() -> Refusal.notFound("flag"));
        SupportFlag changed = change.apply(flag);
        var now = clock.instant();
        flags.update(changed, caller.loginId(), action, note.strip(), now);
        if (changed.state() == SupportFlag.State.CLOSED && flag.state() != SupportFlag.State.CLOSED) {
            outbox.publish(
                    EvaluationTopics.SUPPORT_FLAG,
                    LearnerSupportFlagClosed.TYPE,
                    flag.id().toString(),
                    changed.closure(roleOf(caller), now));
        }
        return changed;
    }

    /** The learner's own view: whether a flag is open and who will contact them; never the reasons. */
    @Transactional(readOnly = true)
    public Optional<SupportFlag> mine(String loginId) {
        return flags.openOfForReading(people.caller(loginId));
    }

    @Transactional(readOnly = true)
    public Thresholds thresholds(Caller caller) {
        return signals.thresholdsOf(caller.trustOfLead());
    }

    @Transactional
    public Thresholds changeThresholds(Caller caller, Thresholds thresholds) {
        signals.saveThresholds(caller.trustOfLead(), thresholds);
        return thresholds;
    }

    private boolean mayAct(Caller caller, SupportFlag flag) {
        if (caller.has("EDUCATION_LEAD") && caller.organisation() != null) {
            return caller.organisation().equals(flag.trustId());
        }
        return caller.has("ACADEMIC_ASSESSOR")
                && people.find(caller.loginId())
                        .map(id -> id.equals(flag.academicAssessorId()))
                        .orElse(false);
    }

    static String roleOf(Caller caller) {
        return caller.has("EDUCATION_LEAD") ? "EDUCATION_LEAD" : "ACADEMIC_ASSESSOR";
    }

    UUID assessor(Caller caller) {
        if (!caller.has("ACADEMIC_ASSESSOR")) {
            throw Refusal.forbidden("only an education lead or an academic assessor sees support flags");
        }
        return people.caller(caller.loginId());
    }
}
