package org.pare.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** CloudEvents 1.0 Kafka protocol binding, binary mode: attributes in {@code ce_*} headers. */
public final class CloudEventHeaders {
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TRACEPARENT = "ce_traceparent";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {}

    public static ProducerRecord<String, byte[]> toRecord(EventEnvelope event) {
        return new ProducerRecord<>(event.topic(), null, event.subject(), event.data(), headersOf(event));
    }

    public static Headers headersOf(EventEnvelope event) {
        Headers headers = new RecordHeaders();
        put(headers, SPEC_VERSION, "1.0");
        put(headers, ID, event.id().toString());
        put(headers, SOURCE, event.source());
        put(headers, TYPE, event.type());
        put(headers, TIME, event.time().toString());
        put(headers, SUBJECT, event.subject());
        put(headers, CONTENT_TYPE, "application/json");
        if (event.traceparent() != null) {
            put(headers, TRACEPARENT, event.traceparent());
        }
        return headers;
    }

    /**
     * Reads the envelope back from a record.
     *
     * @throws MalformedEventException when a required attribute is missing or unreadable
     */
    public static EventEnvelope fromRecord(ConsumerRecord<String, byte[]> record) {
        Headers headers = record.headers();
        try {
            return new EventEnvelope(
                    UUID.fromString(required(headers, ID)),
                    required(headers, SOURCE),
                    required(headers, TYPE),
                    Instant.parse(required(headers, TIME)),
                    required(headers, SUBJECT),
                    record.topic(),
                    record.value() == null ? new byte[0] : record.value(),
                    text(headers, TRACEPARENT));
        } catch (RuntimeException e) {
            throw new MalformedEventException("not a readable CloudEvent: " + e.getMessage(), e);
        }
    }

    public static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String required(Headers headers, String name) {
        String value = text(headers, name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing header " + name);
        }
        return value;
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
