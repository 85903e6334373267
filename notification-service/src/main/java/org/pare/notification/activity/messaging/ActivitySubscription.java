package org.pare.notification.activity.messaging;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.util.List;
import org.pare.evaluation.events.AreaActionOverdue;
import org.pare.evaluation.events.EvaluationInvited;
import org.pare.evaluation.events.EvaluationSubmitted;
import org.pare.evaluation.events.EvaluationTopics;
import org.pare.evaluation.events.LearnerFlaggedForSupport;
import org.pare.learner.events.LearnerTopics;
import org.pare.learner.events.ReflectionShared;
import org.pare.messaging.EventEnvelope;
import org.pare.messaging.consumer.EventHandler;
import org.pare.messaging.consumer.EventRouter;
import org.pare.messaging.consumer.Subscription;
import org.pare.notification.activity.app.SchedulingReminders;
import org.pare.notification.activity.app.TellingPeople;
import org.pare.supervisor.events.ConcernRaised;
import org.pare.supervisor.events.FeedbackGiven;
import org.pare.supervisor.events.InterviewCompleted;
import org.pare.supervisor.events.InterviewOverdue;
import org.pare.supervisor.events.InterviewScheduled;
import org.pare.supervisor.events.ReflectionReturned;
import org.pare.supervisor.events.ReflectionSignedOff;
import org.pare.supervisor.events.SupervisorTopics;

/**
 * What happens in the other services, turned into messages and reminder clocks. Types not listed here (and other
 * versions of these) are logged and skipped by the router; unreadable records go to the dead-letter topic.
 */
@Factory
class ActivitySubscription {
    static final String CONSUMER = "notification-service.activity";
    static final List<String> TOPICS = List.of(
            LearnerTopics.REFLECTION,
            SupervisorTopics.FEEDBACK,
            SupervisorTopics.SIGN_OFF,
            SupervisorTopics.INTERVIEW,
            SupervisorTopics.CONCERN,
            EvaluationTopics.EVALUATION,
            EvaluationTopics.ACTION_PLAN,
            EvaluationTopics.SUPPORT_FLAG);

    @Singleton
    Subscription activity(JsonMapper json, TellingPeople tell, SchedulingReminders clocks) {
        EventRouter router = EventRouter.builder()
                .on(ReflectionShared.TYPE, on(json, ReflectionShared.class, (id, e) -> {
                    boolean signOff = e.purpose() == ReflectionShared.Purpose.SIGN_OFF;
                    tell.reflectionShared(id, e.reflectionId(), e.supervisorIds(), signOff);
                    if (signOff) {
                        clocks.signOffRequested(
                                e.reflectionId(), e.learnerId(), e.placementId(), e.supervisorIds(), e.sharedAt());
                    }
                }))
                .on(ReflectionSignedOff.TYPE, on(json, ReflectionSignedOff.class, (id, e) -> {
                    tell.signedOff(id, e.learnerId());
                    clocks.signOffSettled(e.reflectionId());
                }))
                .on(ReflectionReturned.TYPE, on(json, ReflectionReturned.class, (id, e) -> {
                    tell.returned(id, e.learnerId());
                    clocks.signOffSettled(e.reflectionId());
                }))
                .on(FeedbackGiven.TYPE, on(json, FeedbackGiven.class, (id, e) -> tell.feedbackGiven(id, e.learnerId())))
                .on(EvaluationInvited.TYPE, on(json, EvaluationInvited.class, (id, e) -> {
                    tell.evaluationInvited(id, e.learnerId(), e.invitationId(), e.dueOn());
                    clocks.evaluationOpened(e.invitationId(), e.learnerId(), e.placementId(), e.invitedAt());
                }))
                .on(
                        EvaluationSubmitted.TYPE,
                        on(json, EvaluationSubmitted.class, (id, e) -> clocks.evaluationReturned(e.invitationId())))
                .on(
                        ConcernRaised.TYPE,
                        on(
                                json,
                                ConcernRaised.class,
                                (id, e) -> tell.concernRaised(id, e.academicAssessorId(), e.trustId())))
                .on(
                        LearnerFlaggedForSupport.TYPE,
                        on(
                                json,
                                LearnerFlaggedForSupport.class,
                                (id, e) -> tell.learnerFlagged(id, e.academicAssessorId(), e.trustId())))
                .on(
                        InterviewScheduled.TYPE,
                        on(
                                json,
                                InterviewScheduled.class,
                                (id, e) -> clocks.interviewScheduled(
                                        e.interviewId(),
                                        e.learnerId(),
                                        e.placementId(),
                                        e.practiceAssessorId(),
                                        e.dueOn())))
                .on(
                        InterviewCompleted.TYPE,
                        on(json, InterviewCompleted.class, (id, e) -> clocks.interviewHeld(e.interviewId())))
                .on(
                        InterviewOverdue.TYPE,
                        on(
                                json,
                                InterviewOverdue.class,
                                (id, e) -> tell.interviewOverdue(id, e.practiceAssessorId(), e.dueOn())))
                .on(
                        AreaActionOverdue.TYPE,
                        on(
                                json,
                                AreaActionOverdue.class,
                                (id, e) -> tell.areaActionOverdue(id, e.ownerLoginId(), e.dueOn())))
                .build();
        return Subscription.of(CONSUMER, TOPICS, router);
    }

    @FunctionalInterface
    interface Effect<T> {
        void apply(java.util.UUID eventId, T event) throws Exception;
    }

    /** Reads the body as the contract's record; a body that does not read fails, is retried, then dead-lettered. */
    private static <T> EventHandler on(JsonMapper json, Class<T> type, Effect<T> effect) {
        return (EventEnvelope event, java.sql.Connection connection) ->
                effect.apply(event.id(), json.readValue(event.data(), type));
    }
}
