package org.pare.messaging;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One event as it travels: CloudEvents 1.0 attributes (carried as Kafka headers) and a JSON body.
 *
 * <p>Guarantee: {@code id} is unique per event and stable across redeliveries, so consumers
 * deduplicate on it. {@code subject} is the aggregate id and the Kafka key, so one aggregate's
 * events keep their order.
 */
public record EventEnvelope(
        UUID id,
        String source,
        String type,
        Instant time,
        String subject,
        String topic,
        byte[] data,
        String traceparent) {

    /** {@code pare.<service>.<Name>.vN}: stable, versioned, never derived from a class name. */
    public static final Pattern TYPE_PATTERN =
            Pattern.compile("^[a-z][a-z0-9-]*(\\.[A-Za-z][A-Za-z0-9]*)+\\.v[1-9][0-9]*$");

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        requireText(source, "source");
        requireText(type, "type");
        Objects.requireNonNull(time, "time");
        requireText(subject, "subject");
        requireText(topic, "topic");
        Objects.requireNonNull(data, "data");
        if (!TYPE_PATTERN.matcher(type).matches()) {
            throw new IllegalArgumentException("event type must look like pare.service.Name.v1, was " + type);
        }
    }

    /** A new event with a random id and the current time. */
    public static EventEnvelope of(
            String source, String type, String topic, String subject, byte[] data, String traceparent) {
        return new EventEnvelope(UUID.randomUUID(), source, type, Instant.now(), subject, topic, data, traceparent);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
