package org.pare.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.learner.events.LearnerTopics;
import org.pare.messaging.EventEnvelope;
import org.pare.notification.support.Api;
import org.pare.notification.support.Events;
import org.pare.notification.support.Fixtures;
import org.pare.notification.support.NotificationTestSupport;
import org.pare.supervisor.events.SupervisorTopics;

/** Events in, inbox rows out; the inbox API reaches only the caller's own messages. */
@MicronautTest(transactional = false)
class InboxIT extends NotificationTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void a_supervisor_is_told_when_a_reflection_is_shared_with_them_with_a_link_to_review_it() {
        var on = aPlacement();
        UUID reflectionId = UUID.randomUUID();

        Events.publish(shared(on, reflectionId, "SIGN_OFF"));

        String token = Api.tokenFor(on.supervisor(), "PRACTICE_SUPERVISOR");
        await().atMost(WAIT).until(() -> api().messages(token).size() == 1);
        Map<String, Object> message = api().messages(token).get(0);
        assertThat(message)
                .containsEntry("kind", "REFLECTION_SHARED")
                .containsEntry("actionUrl", "http://localhost:8082/supervisor/reflections/" + reflectionId)
                .containsEntry("read", false);
        assertThat((String) message.get("title")).contains("sign off");
        assertThat(api().body(api().get("/api/inbox/unread-count", token))).containsEntry("unread", 1);
    }

    @Test
    void an_event_delivered_twice_gives_one_message() {
        var on = aPlacement();
        EventEnvelope feedback = Events.feedbackFor(on);

        Events.publish(feedback, feedback);
        Events.publish(Events.feedbackFor(on));

        String token = Api.tokenFor(on.learner(), "LEARNER");
        await().atMost(WAIT).until(() -> api().messages(token).size() == 2);
        assertThat(rows().count("SELECT count(*) FROM processed_event WHERE event_id = ?", feedback.id()))
                .isEqualTo(1);
        assertThat(rows().count(
                                "SELECT count(*) FROM inbox_message WHERE recipient_person = ?",
                                on.learner().id()))
                .isEqualTo(2);
    }

    @Test
    void a_reader_marks_one_message_read_then_all_of_them() {
        var on = aPlacement();
        Events.publish(Events.feedbackFor(on), Events.feedbackFor(on), Events.feedbackFor(on));
        String token = Api.tokenFor(on.learner(), "LEARNER");
        await().atMost(WAIT).until(() -> api().messages(token).size() == 3);
        String first = (String) api().messages(token).get(0).get("id");

        assertThat(api().send("POST", "/api/inbox/" + first + "/read", token, null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(api().send("POST", "/api/inbox/" + first + "/read", token, null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(api().body(api().get("/api/inbox/unread-count", token))).containsEntry("unread", 2);

        assertThat(api().body(api().send("POST", "/api/inbox/read-all", token, null)))
                .containsEntry("marked", 2);
        assertThat(api().body(api().get("/api/inbox/unread-count", token))).containsEntry("unread", 0);
        assertThat(api().messages(token)).allMatch(m -> Boolean.TRUE.equals(m.get("read")));
    }

    @Test
    void another_persons_message_is_not_found_and_stays_unread() {
        var on = aPlacement();
        Events.publish(Events.feedbackFor(on));
        String learner = Api.tokenFor(on.learner(), "LEARNER");
        await().atMost(WAIT).until(() -> api().messages(learner).size() == 1);
        String id = (String) api().messages(learner).get(0).get("id");
        String supervisor = Api.tokenFor(on.supervisor(), "PRACTICE_SUPERVISOR");

        var refused = api().send("POST", "/api/inbox/" + id + "/read", supervisor, null);

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api().messages(supervisor)).isEmpty();
        assertThat(api().body(api().get("/api/inbox/unread-count", learner))).containsEntry("unread", 1);
    }

    @Test
    void a_concern_reaches_the_academic_assessor_and_the_trusts_education_leads_only() {
        var on = aPlacement();
        Events.publish(Events.of(
                "pare.supervisor.ConcernRaised.v1",
                SupervisorTopics.CONCERN,
                Map.of(
                        "concernId", UUID.randomUUID(),
                        "learnerId", on.learner().id(),
                        "placementId", on.placementId(),
                        "raisedBy", on.supervisor().id(),
                        "academicAssessorId", on.academic().id(),
                        "trustId", on.trustId())));

        String lead = Api.token("EDUCATION_LEAD", "lead-" + UUID.randomUUID(), on.trustId());
        await().atMost(WAIT).until(() -> api().messages(lead).size() == 1);
        assertThat(api().messages(lead).get(0)).containsEntry("actionUrl", "http://localhost:8082/supervisor");
        assertThat(api().messages(Api.tokenFor(on.academic(), "ACADEMIC_ASSESSOR")))
                .extracting(m -> m.get("kind"))
                .containsExactly("CONCERN_RAISED");
        assertThat(api().messages(Api.token("EDUCATION_LEAD", "lead-elsewhere", UUID.randomUUID())))
                .isEmpty();
        assertThat(api().messages(Api.token("LEARNER", "someone", on.trustId())))
                .isEmpty();
        assertThat(api().messages(Api.tokenFor(on.learner(), "LEARNER"))).isEmpty();
    }

    @Test
    void one_education_lead_reading_a_trust_message_leaves_it_unread_for_another() {
        var on = aPlacement();
        Events.publish(flagged(on));
        String lead = Api.token("EDUCATION_LEAD", "lead-a-" + UUID.randomUUID(), on.trustId());
        String other = Api.token("EDUCATION_LEAD", "lead-b-" + UUID.randomUUID(), on.trustId());
        await().atMost(WAIT).until(() -> api().messages(lead).size() == 1);

        api().send("POST", "/api/inbox/read-all", lead, null);

        assertThat(api().body(api().get("/api/inbox/unread-count", lead))).containsEntry("unread", 0);
        assertThat(api().body(api().get("/api/inbox/unread-count", other))).containsEntry("unread", 1);
        assertThat(api().messages(other).get(0)).containsEntry("actionUrl", "http://localhost:8083/dashboard");
    }

    @Test
    void bad_requests_get_a_problem_and_change_nothing() {
        String nobody = "nobody-" + UUID.randomUUID();
        String token = Api.token("LEARNER", nobody, null);

        var malformedId = api().send("POST", "/api/inbox/not-a-uuid/read", token, null);
        var unknownId = api().send("POST", "/api/inbox/" + UUID.randomUUID() + "/read", token, null);
        var badPage = api().get("/api/inbox?size=1000", token);
        var oversized = api().send("POST", "/api/inbox/read-all", token, "x".repeat(20_000));
        var noToken = api().get("/api/inbox", null);

        assertThat(List.of(malformedId, unknownId, badPage, oversized, noToken))
                .extracting(r -> r.statusCode())
                .containsExactly(400, 404, 400, 413, 401);
        assertThat(List.of(malformedId, unknownId, badPage, noToken))
                .allSatisfy(r -> assertThat(r.body()).doesNotContain("at org.").doesNotContain("Exception"));
        assertThat(rows().count("SELECT count(*) FROM message_read WHERE login_id = ?", nobody))
                .isZero();
    }

    @Test
    void bad_tokens_are_refused_on_the_inbox() {
        var tokens = org.pare.testing.OidcProvider.get().tokens();
        UUID org = UUID.randomUUID();

        assertThat(List.of(
                        tokens.expired("LEARNER", "x", org),
                        tokens.unsigned("LEARNER", "x", org),
                        tokens.wrongAudience("LEARNER", "x", org),
                        tokens.wrongIssuer("LEARNER", "x", org),
                        tokens.signedByUnknownKey("LEARNER", "x", org)))
                .allSatisfy(
                        t -> assertThat(api().get("/api/inbox", t).statusCode()).isEqualTo(401));
    }

    static EventEnvelope shared(Fixtures.Placement on, UUID reflectionId, String purpose) {
        return Events.of(
                "pare.learner.ReflectionShared.v1",
                LearnerTopics.REFLECTION,
                Map.of(
                        "reflectionId", reflectionId,
                        "learnerId", on.learner().id(),
                        "placementId", on.placementId(),
                        "supervisorIds", List.of(on.supervisor().id()),
                        "purpose", purpose));
    }

    static EventEnvelope flagged(Fixtures.Placement on) {
        return Events.of(
                "pare.evaluation.LearnerFlaggedForSupport.v1",
                org.pare.evaluation.events.EvaluationTopics.SUPPORT_FLAG,
                Map.of(
                        "flagId", UUID.randomUUID(),
                        "learnerId", on.learner().id(),
                        "trustId", on.trustId(),
                        "academicAssessorId", on.academic().id()));
    }
}
