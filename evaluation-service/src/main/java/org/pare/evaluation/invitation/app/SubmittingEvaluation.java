package org.pare.evaluation.invitation.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.pare.evaluation.events.EvaluationSubmitted;
import org.pare.evaluation.events.EvaluationTopics;
import org.pare.evaluation.invitation.domain.AnonymousResponse;
import org.pare.evaluation.invitation.domain.Invitation;
import org.pare.evaluation.invitation.persistence.DraftRepository;
import org.pare.evaluation.invitation.persistence.InvitationRepository;
import org.pare.evaluation.invitation.persistence.ResponsePool;
import org.pare.evaluation.person.persistence.PersonDirectory;
import org.pare.evaluation.questionnaire.domain.Answers;
import org.pare.evaluation.questionnaire.persistence.Questionnaires;
import org.pare.evaluation.shared.domain.Refusal;
import org.pare.messaging.micronaut.Outbox;

/**
 * Sending an evaluation, in one transaction: the anonymous answers go to the pool, the draft is deleted, the
 * invitation is marked returned and EvaluationSubmitted (no answers) is announced. All or nothing.
 */
@Singleton
public class SubmittingEvaluation {
    private final PersonDirectory people;
    private final InvitationRepository invitations;
    private final DraftRepository drafts;
    private final ResponsePool pool;
    private final Questionnaires questionnaires;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    SubmittingEvaluation(
            PersonDirectory people,
            InvitationRepository invitations,
            DraftRepository drafts,
            ResponsePool pool,
            Questionnaires questionnaires,
            Outbox outbox) {
        this.people = people;
        this.invitations = invitations;
        this.drafts = drafts;
        this.pool = pool;
        this.questionnaires = questionnaires;
        this.outbox = outbox;
    }

    @Transactional
    public void submit(String loginId, UUID invitationId, Answers answers) {
        UUID learner = people.caller(loginId);
        Invitation invitation = invitations
                .findForUpdate(invitationId)
                .orElseThrow(() -> Refusal.notFound("evaluation"))
                .ownedBy(learner)
                .stillOpen();
        answers.checkedAgainst(questionnaires.version(invitation.questionnaireVersion()), true);
        LocalDate finalInterview =
                invitations.finalInterviewOn(invitation.placementId()).orElse(null);
        pool.add(AnonymousResponse.of(invitation, answers, finalInterview));
        drafts.delete(invitationId);
        var returned = invitation.returnedAt(clock.instant());
        invitations.markReturned(returned.invitation(), LocalDate.now(clock));
        outbox.publish(
                EvaluationTopics.EVALUATION, EvaluationSubmitted.TYPE, invitationId.toString(), returned.event());
    }
}
