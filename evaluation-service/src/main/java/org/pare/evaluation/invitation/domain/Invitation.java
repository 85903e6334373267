package org.pare.evaluation.invitation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.pare.evaluation.events.EvaluationInvited;
import org.pare.evaluation.events.EvaluationSubmitted;
import org.pare.evaluation.shared.domain.Refusal;

/**
 * A completed placement's invitation to evaluate its area. It knows the learner and whether they returned it,
 * never their answers.
 */
public record Invitation(
        UUID id,
        UUID learnerId,
        UUID placementId,
        UUID areaId,
        int questionnaireVersion,
        String professionGroup,
        LocalDate placementEnd,
        Instant invitedAt,
        LocalDate dueOn,
        State state) {
    public enum State {
        OPEN,
        RETURNED
    }

    public record Opened(Invitation invitation, EvaluationInvited event) {}

    public record Returned(Invitation invitation, EvaluationSubmitted event) {}

    public static Opened open(
            UUID placementId,
            UUID learnerId,
            UUID areaId,
            String professionGroup,
            LocalDate placementEnd,
            int questionnaireVersion,
            Instant now,
            int daysToAnswer) {
        LocalDate due = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).plusDays(daysToAnswer);
        var invitation = new Invitation(
                UUID.randomUUID(),
                learnerId,
                placementId,
                areaId,
                questionnaireVersion,
                professionGroup,
                placementEnd,
                now,
                due,
                State.OPEN);
        return new Opened(
                invitation,
                new EvaluationInvited(invitation.id, learnerId, placementId, areaId, questionnaireVersion, now, due));
    }

    /** Only the invited learner may act on it; anyone else is told it does not exist. */
    public Invitation ownedBy(UUID learner) {
        if (!learnerId.equals(learner)) {
            throw Refusal.notFound("evaluation");
        }
        return this;
    }

    public Invitation stillOpen() {
        if (state != State.OPEN) {
            throw Refusal.conflict("this evaluation has already been sent");
        }
        return this;
    }

    public Returned returnedAt(Instant now) {
        stillOpen();
        var returned = new Invitation(
                id,
                learnerId,
                placementId,
                areaId,
                questionnaireVersion,
                professionGroup,
                placementEnd,
                invitedAt,
                dueOn,
                State.RETURNED);
        return new Returned(returned, new EvaluationSubmitted(id, learnerId, placementId, now));
    }

    /** The month the placement ended: the period its invitation counts in for return rates. */
    public LocalDate period() {
        return placementEnd.withDayOfMonth(1);
    }
}
