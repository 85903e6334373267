package org.pare.evaluation.support.messaging;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.pare.evaluation.support.app.RecordingSignals;
import org.pare.evaluation.support.domain.SupportRules;
import org.pare.learner.events.LearnerTopics;
import org.pare.learner.events.PulseRecorded;
import org.pare.learner.events.ReflectionShared;
import org.pare.learner.events.ReflectionSubmitted;
import org.pare.messaging.EventEnvelope;
import org.pare.messaging.consumer.EventRouter;
import org.pare.messaging.consumer.Subscription;
import org.pare.supervisor.events.ConcernRaised;
import org.pare.supervisor.events.FeedbackGiven;
import org.pare.supervisor.events.InterviewCompleted;
import org.pare.supervisor.events.InterviewKind;
import org.pare.supervisor.events.InterviewOverdue;
import org.pare.supervisor.events.ReflectionReturned;
import org.pare.supervisor.events.ReflectionSignedOff;
import org.pare.supervisor.events.SupervisorTopics;

/** Signals about learners from learner-service and supervisor-service, for the support rules. */
@Factory
class SupportSignalsSubscription {
    static final String CONSUMER = "evaluation-service.support-signals";

    @Singleton
    Subscription supportSignals(JsonMapper json, RecordingSignals signals) {
        EventRouter router = EventRouter.builder()
                .on(PulseRecorded.TYPE, (event, c) -> {
                    var e = read(json, event, PulseRecorded.class);
                    int no = (int) Stream.of(e.treatedWithDignity(), e.hadWhatTheyNeeded(), e.recognised())
                            .filter(yes -> !yes)
                            .count();
                    signals.pulse(e.learnerId(), new SupportRules.Checkin(e.day(), no, e.contactRequested()));
                })
                .on(ReflectionSubmitted.TYPE, (event, c) -> {
                    var e = read(json, event, ReflectionSubmitted.class);
                    signals.activity(e.learnerId(), e.submittedAt());
                })
                .on(ReflectionShared.TYPE, (event, c) -> {
                    var e = read(json, event, ReflectionShared.class);
                    if (e.purpose() == ReflectionShared.Purpose.SIGN_OFF) {
                        signals.signOffRequested(e.reflectionId(), e.learnerId(), e.sharedAt());
                    } else {
                        signals.activity(e.learnerId(), e.sharedAt());
                    }
                })
                .on(FeedbackGiven.TYPE, (event, c) -> {
                    var e = read(json, event, FeedbackGiven.class);
                    signals.activity(e.learnerId(), e.givenAt());
                })
                .on(ReflectionSignedOff.TYPE, (event, c) -> {
                    var e = read(json, event, ReflectionSignedOff.class);
                    signals.signOffSettled(e.reflectionId(), e.learnerId(), e.signedOffAt());
                })
                .on(ReflectionReturned.TYPE, (event, c) -> {
                    var e = read(json, event, ReflectionReturned.class);
                    signals.signOffSettled(e.reflectionId(), e.learnerId(), e.returnedAt());
                })
                .on(ConcernRaised.TYPE, (event, c) -> {
                    var e = read(json, event, ConcernRaised.class);
                    signals.concernRaised(e.learnerId(), e.raisedAt());
                })
                .on(InterviewOverdue.TYPE, (event, c) -> {
                    var e = read(json, event, InterviewOverdue.class);
                    if (e.kind() == InterviewKind.MID_POINT) {
                        signals.midPointInterviewOverdue(e.learnerId(), e.dueOn());
                    }
                })
                .on(InterviewCompleted.TYPE, (event, c) -> {
                    var e = read(json, event, InterviewCompleted.class);
                    if (e.kind() == InterviewKind.FINAL) {
                        signals.finalInterviewHeld(e.placementId(), e.completedAt());
                    }
                })
                .build();
        return Subscription.of(
                CONSUMER,
                List.of(
                        LearnerTopics.PULSE,
                        LearnerTopics.REFLECTION,
                        SupervisorTopics.FEEDBACK,
                        SupervisorTopics.SIGN_OFF,
                        SupervisorTopics.CONCERN,
                        SupervisorTopics.INTERVIEW),
                router);
    }

    private static <T> T read(JsonMapper json, EventEnvelope event, Class<T> type) throws IOException {
        return json.readValue(event.data(), type);
    }
}
