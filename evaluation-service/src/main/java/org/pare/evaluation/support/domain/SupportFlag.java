package org.pare.evaluation.support.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.pare.evaluation.events.LearnerSupportFlagClosed;
import org.pare.evaluation.shared.domain.Refusal;

/**
 * A human-reviewable signal that a learner may need support, with the reasons that raised it. A person
 * acknowledges it, assigns it (naming who will contact the learner) and closes it, each with a note.
 */
public record SupportFlag(
        UUID id,
        UUID learnerId,
        UUID trustId,
        UUID academicAssessorId,
        State state,
        List<Reason> reasons,
        String assignedTo,
        String contact,
        Instant raisedAt) {
    public enum State {
        OPEN,
        ACKNOWLEDGED,
        ASSIGNED,
        CLOSED
    }

    public SupportFlag acknowledged() {
        return with(open().state == State.OPEN ? State.ACKNOWLEDGED : state, assignedTo, contact);
    }

    public SupportFlag assigned(String to, String contactShownToLearner) {
        if (to == null || to.isBlank()) {
            throw Refusal.invalid("assignee", "say who takes the flag on");
        }
        return with(open().state == State.CLOSED ? state : State.ASSIGNED, to, contactShownToLearner);
    }

    public SupportFlag closed() {
        return with(open().state == State.CLOSED ? state : State.CLOSED, assignedTo, contact);
    }

    /** What the closing of this (now closed) flag tells other services: ids and outcome facts, never notes. */
    public LearnerSupportFlagClosed closure(String closedByRole, Instant at) {
        return new LearnerSupportFlagClosed(
                id,
                learnerId,
                trustId,
                academicAssessorId,
                reasons.stream().map(Reason::name).sorted().toList(),
                closedByRole,
                assignedTo != null,
                raisedAt,
                at);
    }

    private SupportFlag open() {
        if (state == State.CLOSED) {
            throw Refusal.conflict("this flag is closed");
        }
        return this;
    }

    private SupportFlag with(State next, String to, String contactShown) {
        return new SupportFlag(id, learnerId, trustId, academicAssessorId, next, reasons, to, contactShown, raisedAt);
    }
}
