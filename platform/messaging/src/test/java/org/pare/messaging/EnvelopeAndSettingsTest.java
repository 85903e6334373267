package org.pare.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.pare.messaging.outbox.RelaySettings;
import org.pare.messaging.outbox.WakeSignal;

class EnvelopeAndSettingsTest {

    @Test
    void an_event_type_must_be_a_stable_versioned_name() {
        assertThatThrownBy(() -> event("ReflectionShared")).hasMessageContaining("pare.service.Name.v1");
        assertThatThrownBy(() -> event("pare.learner.ReflectionShared")).hasMessageContaining("v1");
        assertThatThrownBy(() -> event("org.pare.learner.ReflectionShared$V1.v1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(event("pare.learner.ReflectionShared.v2").type()).isEqualTo("pare.learner.ReflectionShared.v2");
    }

    @Test
    void the_envelope_survives_the_trip_through_kafka_headers() {
        EventEnvelope sent = EventEnvelope.of(
                "learner-service",
                "pare.learner.ReflectionShared.v1",
                "pare.learner.reflection",
                "r-1",
                "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");

        ProducerRecord<String, byte[]> record = CloudEventHeaders.toRecord(sent);
        EventEnvelope received = CloudEventHeaders.fromRecord(new ConsumerRecord<>(
                record.topic(),
                0,
                0L,
                0L,
                org.apache.kafka.common.record.TimestampType.NO_TIMESTAMP_TYPE,
                0,
                0,
                record.key(),
                record.value(),
                record.headers(),
                java.util.Optional.empty()));

        assertThat(record.key()).isEqualTo("r-1");
        assertThat(CloudEventHeaders.text(record.headers(), CloudEventHeaders.SPEC_VERSION))
                .isEqualTo("1.0");
        assertThat(received.id()).isEqualTo(sent.id());
        assertThat(received.type()).isEqualTo(sent.type());
        assertThat(received.time()).isEqualTo(sent.time());
        assertThat(received.traceparent()).isEqualTo(sent.traceparent());
        assertThat(received.data()).isEqualTo(sent.data());
    }

    @Test
    void a_record_without_cloud_event_headers_is_malformed() {
        ConsumerRecord<String, byte[]> bare = new ConsumerRecord<>(
                "t",
                0,
                0L,
                0L,
                org.apache.kafka.common.record.TimestampType.NO_TIMESTAMP_TYPE,
                0,
                0,
                "k",
                new byte[0],
                new RecordHeaders(),
                java.util.Optional.empty());
        assertThatThrownBy(() -> CloudEventHeaders.fromRecord(bare))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ce_id");
    }

    @Test
    void relay_backoff_doubles_per_failure_up_to_the_cap() {
        RelaySettings settings = RelaySettings.defaults().withBackoff(Duration.ofSeconds(1), Duration.ofSeconds(10));
        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.backoffAfter(4)).isEqualTo(Duration.ofSeconds(8));
        assertThat(settings.backoffAfter(5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.backoffAfter(60)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void a_wake_before_anyone_waits_is_not_lost() throws Exception {
        WakeSignal signal = new WakeSignal();
        signal.wake();
        assertThat(signal.await(Duration.ofMillis(1))).isTrue();
        assertThat(signal.await(Duration.ofMillis(20))).isFalse();
    }

    private static EventEnvelope event(String type) {
        return EventEnvelope.of("s", type, "t", "k", new byte[0], null);
    }
}
