package org.pare.evaluation.invitation.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.pare.evaluation.invitation.domain.Invitation;
import org.pare.evaluation.invitation.persistence.DraftRepository;
import org.pare.evaluation.invitation.persistence.InvitationRepository;
import org.pare.evaluation.person.persistence.PersonDirectory;
import org.pare.evaluation.questionnaire.domain.Answers;
import org.pare.evaluation.questionnaire.domain.Questionnaire;
import org.pare.evaluation.questionnaire.persistence.Questionnaires;
import org.pare.evaluation.shared.domain.Refusal;

/** A learner's own invitations, and the draft of answers they keep while answering one. */
@Singleton
public class AnsweringEvaluation {
    private final PersonDirectory people;
    private final InvitationRepository invitations;
    private final DraftRepository drafts;
    private final Questionnaires questionnaires;

    AnsweringEvaluation(
            PersonDirectory people,
            InvitationRepository invitations,
            DraftRepository drafts,
            Questionnaires questionnaires) {
        this.people = people;
        this.invitations = invitations;
        this.drafts = drafts;
        this.questionnaires = questionnaires;
    }

    public record Opened(Invitation invitation, String areaName, Questionnaire questionnaire, Answers draft) {}

    @Transactional(readOnly = true)
    public List<InvitationRepository.Listed> mine(String loginId) {
        return invitations.ofLearner(people.caller(loginId));
    }

    @Transactional(readOnly = true)
    public Opened open(String loginId, UUID invitationId) {
        var listed = invitations.ofLearner(people.caller(loginId)).stream()
                .filter(l -> l.invitation().id().equals(invitationId))
                .findFirst()
                .orElseThrow(() -> Refusal.notFound("evaluation"));
        Invitation invitation = listed.invitation();
        Answers draft = invitation.state() == Invitation.State.OPEN
                ? drafts.find(invitationId).orElse(new Answers(null, null))
                : new Answers(null, null);
        return new Opened(
                invitation, listed.areaName(), questionnaires.version(invitation.questionnaireVersion()), draft);
    }

    @Transactional
    public void saveDraft(String loginId, UUID invitationId, Answers answers) {
        UUID learner = people.caller(loginId);
        Invitation invitation = invitations
                .findForUpdate(invitationId)
                .orElseThrow(() -> Refusal.notFound("evaluation"))
                .ownedBy(learner)
                .stillOpen();
        answers.checkedAgainst(questionnaires.version(invitation.questionnaireVersion()), false);
        drafts.save(invitationId, answers);
    }
}
