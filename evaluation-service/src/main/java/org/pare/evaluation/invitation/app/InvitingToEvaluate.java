package org.pare.evaluation.invitation.app;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.pare.evaluation.events.EvaluationInvited;
import org.pare.evaluation.events.EvaluationTopics;
import org.pare.evaluation.invitation.domain.Invitation;
import org.pare.evaluation.invitation.persistence.InvitationRepository;
import org.pare.evaluation.questionnaire.persistence.Questionnaires;
import org.pare.messaging.micronaut.Outbox;
import org.pare.messaging.micronaut.Sql;

/** A completed placement opens one invitation for its learner; a redelivered completion opens none. */
@Singleton
public class InvitingToEvaluate {
    private final InvitationRepository invitations;
    private final Questionnaires questionnaires;
    private final Sql sql;
    private final Outbox outbox;
    private final int daysToAnswer;
    private final Clock clock = Clock.systemUTC();

    InvitingToEvaluate(
            InvitationRepository invitations,
            Questionnaires questionnaires,
            Sql sql,
            Outbox outbox,
            @Value("${pare.evaluation.days-to-answer:14}") int daysToAnswer) {
        this.invitations = invitations;
        this.questionnaires = questionnaires;
        this.sql = sql;
        this.outbox = outbox;
        this.daysToAnswer = daysToAnswer;
    }

    /** Runs in the consumer's transaction. */
    public void placementCompleted(UUID placementId, UUID learnerId, UUID areaId, LocalDate endDate) {
        String profession = sql.one(
                        "SELECT profession FROM placement WHERE id = ?", row -> row.getString(1), placementId)
                .orElseThrow(() -> new IllegalStateException("placement " + placementId + " was never allocated"));
        sql.update("UPDATE placement SET completed = true WHERE id = ?", placementId);
        var opened = Invitation.open(
                placementId,
                learnerId,
                areaId,
                profession,
                endDate,
                questionnaires.current().version().number(),
                clock.instant(),
                daysToAnswer);
        if (invitations.insertIfAbsent(opened.invitation())) {
            outbox.publish(
                    EvaluationTopics.EVALUATION,
                    EvaluationInvited.TYPE,
                    opened.invitation().id().toString(),
                    opened.event());
        }
    }
}
