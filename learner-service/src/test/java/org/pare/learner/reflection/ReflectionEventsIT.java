package org.pare.learner.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.learner.support.Api.reflection;
import static org.pare.learner.support.Api.tokenFor;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.pare.learner.support.Eventually;
import org.pare.learner.support.Fixtures;
import org.pare.learner.support.LearnerApiSupport;
import org.pare.messaging.CloudEventHeaders;
import org.pare.messaging.EventEnvelope;
import org.pare.testing.TestInfrastructure;

@MicronautTest
class ReflectionEventsIT extends LearnerApiSupport {
    static final String SIGN_OFF_TOPIC = "pare.supervisor.signoff";
    static final String FEEDBACK_TOPIC = "pare.supervisor.feedback";

    @Test
    void the_events_in_the_outbox_carry_no_title_or_answers() {
        // given
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = sharedReflection(on);
        // when
        var payloads = db().column("SELECT payload::text FROM outbox_event WHERE event_key = ?", id);
        var types = db().column("SELECT event_type FROM outbox_event WHERE event_key = ? ORDER BY seq", id);
        // then
        assertThat(types).containsExactly("pare.learner.ReflectionSubmitted.v1", "pare.learner.ReflectionShared.v1");
        assertThat(payloads).allSatisfy(p -> assertThat((String) p)
                .contains(id)
                .doesNotContain("Secret title", "A patient fell", "title", "answers", "what-happened"));
    }

    @Test
    void a_sign_off_from_supervisor_service_locks_the_reflection_and_a_redelivery_changes_nothing() throws Exception {
        // given
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = sharedReflection(on);
        var signedOff = event(
                SIGN_OFF_TOPIC,
                "pare.supervisor.ReflectionSignedOff.v1",
                id,
                """
                {"reflectionId": "%s", "learnerId": "%s", "supervisorId": "%s", "signedOffAt": "2026-11-21T09:00:00Z"}"""
                        .formatted(id, on.learner().id(), on.assessor().id()));
        // when
        produce(signedOff, signedOff);
        Eventually.within(Duration.ofSeconds(30), () -> "SIGNED_OFF".equals(state(on, id)));
        var edit = api().send("PUT", "/api/reflections/" + id, tokenFor(on.learner()), reflection("correction"));
        // then
        assertThat(edit.statusCode()).isEqualTo(409);
        assertThat(api().body(api().send("GET", "/api/reflections/" + id, tokenFor(on.learner()), null)))
                .containsEntry("signedOffAt", "2026-11-21T09:00:00Z")
                .containsEntry("locked", true);
        assertThat(db().count("SELECT count(*) FROM processed_event WHERE event_id = ?", signedOff.id()))
                .isEqualTo(1);
    }

    @Test
    void a_returned_reflection_can_be_edited_and_submitted_again() throws Exception {
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = sharedReflection(on);
        produce(event(
                SIGN_OFF_TOPIC,
                "pare.supervisor.ReflectionReturned.v1",
                id,
                """
                {"reflectionId": "%s", "learnerId": "%s", "supervisorId": "%s", "commentId": "%s",
                 "returnedAt": "2026-11-21T09:00:00Z"}"""
                        .formatted(id, on.learner().id(), on.supervisor().id(), UUID.randomUUID())));

        Eventually.within(Duration.ofSeconds(30), () -> "RETURNED".equals(state(on, id)));
        var edit = api().send("PUT", "/api/reflections/" + id, tokenFor(on.learner()), reflection("deeper"));
        var submit = api().send("POST", "/api/reflections/" + id + "/submit", tokenFor(on.learner()), null);

        assertThat(edit.statusCode()).isEqualTo(200);
        assertThat(api().body(submit)).containsEntry("state", "SUBMITTED");
    }

    @Test
    void feedback_given_on_a_reflection_is_shown_to_the_learner() throws Exception {
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = sharedReflection(on);
        UUID feedbackId = UUID.randomUUID();
        produce(event(
                FEEDBACK_TOPIC,
                "pare.supervisor.FeedbackGiven.v1",
                feedbackId.toString(),
                """
                {"feedbackId": "%s", "learnerId": "%s", "supervisorId": "%s", "tags": ["communication"],
                 "reflectionId": "%s", "givenAt": "2026-11-21T09:00:00Z"}"""
                        .formatted(
                                feedbackId, on.learner().id(), on.supervisor().id(), id)));

        Eventually.within(
                Duration.ofSeconds(30), () -> api().send("GET", "/api/reflections/" + id, tokenFor(on.learner()), null)
                        .body()
                        .contains(feedbackId.toString()));
    }

    @Test
    void feedback_not_about_a_reflection_is_listed_among_the_feedback_received() throws Exception {
        var on = Fixtures.aLearnerOnPlacement(db());
        UUID feedbackId = UUID.randomUUID();
        produce(event(
                FEEDBACK_TOPIC,
                "pare.supervisor.FeedbackGiven.v1",
                feedbackId.toString(),
                """
                {"feedbackId": "%s", "learnerId": "%s", "supervisorId": "%s", "tags": ["safety"],
                 "givenAt": "2026-11-21T09:00:00Z"}"""
                        .formatted(
                                feedbackId, on.learner().id(), on.supervisor().id())));

        Eventually.within(Duration.ofSeconds(30), () -> api().send("GET", "/api/feedback", tokenFor(on.learner()), null)
                .body()
                .contains(feedbackId.toString()));
    }

    @Test
    void a_signed_off_reflection_is_corrected_by_a_new_record_linked_to_it() throws Exception {
        // given
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = sharedReflection(on);
        produce(event(
                SIGN_OFF_TOPIC,
                "pare.supervisor.ReflectionSignedOff.v1",
                id,
                """
                {"reflectionId": "%s", "learnerId": "%s", "supervisorId": "%s", "signedOffAt": "2026-11-21T09:00:00Z"}"""
                        .formatted(id, on.learner().id(), on.assessor().id())));
        Eventually.within(Duration.ofSeconds(30), () -> "SIGNED_OFF".equals(state(on, id)));
        String correction = "{\"title\": \"Correction\", \"date\": \"2026-11-21\", \"correctionOf\": \"" + id + "\"}";
        // when
        var created = api().send("POST", "/api/reflections", tokenFor(on.learner()), correction);
        // then
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(api().body(created)).containsEntry("correctionOf", id).containsEntry("state", "DRAFT");
        assertThat(state(on, id)).isEqualTo("SIGNED_OFF");
    }

    @Test
    void a_correction_of_a_reflection_that_is_not_signed_off_is_refused_with_422() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = sharedReflection(on);
        String correction = "{\"title\": \"Correction\", \"date\": \"2026-11-21\", \"correctionOf\": \"" + id + "\"}";

        var created = api().send("POST", "/api/reflections", tokenFor(on.learner()), correction);

        assertThat(created.statusCode()).isEqualTo(422);
    }

    @Test
    void a_sign_off_of_an_unknown_reflection_is_skipped_without_stopping_the_consumer() throws Exception {
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = sharedReflection(on);
        String unknown = UUID.randomUUID().toString();
        var stray = event(
                SIGN_OFF_TOPIC,
                "pare.supervisor.ReflectionSignedOff.v1",
                unknown,
                """
                {"reflectionId": "%s", "learnerId": "%s", "supervisorId": "%s", "signedOffAt": "2026-11-21T09:00:00Z"}"""
                        .formatted(unknown, on.learner().id(), on.assessor().id()));
        var real = event(
                SIGN_OFF_TOPIC,
                "pare.supervisor.ReflectionSignedOff.v1",
                id,
                """
                {"reflectionId": "%s", "learnerId": "%s", "supervisorId": "%s", "signedOffAt": "2026-11-21T09:00:00Z"}"""
                        .formatted(id, on.learner().id(), on.assessor().id()));

        produce(stray, real);

        Eventually.within(Duration.ofSeconds(30), () -> "SIGNED_OFF".equals(state(on, id)));
        assertThat(db().count("SELECT count(*) FROM processed_event WHERE event_id = ?", stray.id()))
                .isEqualTo(1);
    }

    String sharedReflection(Fixtures.LearnerOnPlacement on) {
        String token = tokenFor(on.learner());
        String id = (String) api().body(api().send("POST", "/api/reflections", token, reflection("Secret title")))
                .get("id");
        api().send("POST", "/api/reflections/" + id + "/submit", token, null);
        var share = api().send(
                        "POST",
                        "/api/reflections/" + id + "/share",
                        token,
                        """
                {"supervisorIds": ["%s"], "purpose": "SIGN_OFF"}"""
                                .formatted(on.assessor().id()));
        assertThat(share.statusCode()).isEqualTo(200);
        return id;
    }

    String state(Fixtures.LearnerOnPlacement on, String id) {
        return (String) api().body(api().send("GET", "/api/reflections/" + id, tokenFor(on.learner()), null))
                .get("state");
    }

    static EventEnvelope event(String topic, String type, String subject, String json) {
        return EventEnvelope.of(
                "supervisor-service", type, topic, subject, json.getBytes(StandardCharsets.UTF_8), null);
    }

    static void produce(EventEnvelope... events) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafka().bootstrapServers());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (EventEnvelope event : events) {
                producer.send(CloudEventHeaders.toRecord(event)).get();
            }
        }
    }
}
