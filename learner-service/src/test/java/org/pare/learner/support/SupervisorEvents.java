package org.pare.learner.support;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.pare.messaging.CloudEventHeaders;
import org.pare.messaging.EventEnvelope;
import org.pare.testing.TestInfrastructure;

/** supervisor-service's events as it would publish them, sent with a plain Kafka producer. */
public final class SupervisorEvents {
    static final String SIGN_OFF_TOPIC = "pare.supervisor.signoff";
    static final String FEEDBACK_TOPIC = "pare.supervisor.feedback";

    private SupervisorEvents() {}

    public static EventEnvelope signedOff(String reflectionId, Fixtures.LearnerOnPlacement on) {
        return event(
                SIGN_OFF_TOPIC,
                "pare.supervisor.ReflectionSignedOff.v1",
                reflectionId,
                """
                {"reflectionId": "%s", "learnerId": "%s", "supervisorId": "%s", "signedOffAt": "2026-11-21T09:00:00Z"}"""
                        .formatted(
                                reflectionId, on.learner().id(), on.assessor().id()));
    }

    public static EventEnvelope returned(String reflectionId, Fixtures.LearnerOnPlacement on) {
        return event(
                SIGN_OFF_TOPIC,
                "pare.supervisor.ReflectionReturned.v1",
                reflectionId,
                """
                {"reflectionId": "%s", "learnerId": "%s", "supervisorId": "%s", "commentId": "%s",
                 "returnedAt": "2026-11-21T09:00:00Z"}"""
                        .formatted(
                                reflectionId, on.learner().id(), on.supervisor().id(), UUID.randomUUID()));
    }

    /** Feedback about the reflection, or about no reflection when {@code reflectionId} is null. */
    public static EventEnvelope feedbackGiven(UUID feedbackId, String reflectionId, Fixtures.LearnerOnPlacement on) {
        String about = reflectionId == null ? "" : ", \"reflectionId\": \"" + reflectionId + "\"";
        return event(
                FEEDBACK_TOPIC,
                "pare.supervisor.FeedbackGiven.v1",
                feedbackId.toString(),
                """
                {"feedbackId": "%s", "learnerId": "%s", "supervisorId": "%s", "tags": ["communication"],
                 "givenAt": "2026-11-21T09:00:00Z"%s}"""
                        .formatted(
                                feedbackId, on.learner().id(), on.supervisor().id(), about));
    }

    public static void produce(EventEnvelope... events) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.get().kafka().bootstrapServers());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (EventEnvelope event : events) {
                producer.send(CloudEventHeaders.toRecord(event)).get();
            }
        }
    }

    private static EventEnvelope event(String topic, String type, String subject, String json) {
        return EventEnvelope.of(
                "supervisor-service", type, topic, subject, json.getBytes(StandardCharsets.UTF_8), null);
    }
}
