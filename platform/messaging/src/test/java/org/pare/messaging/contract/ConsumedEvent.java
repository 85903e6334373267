package org.pare.messaging.contract;

import java.util.function.Supplier;

/**
 * One event type a service's consumer reads, for {@link DeadLetterContract}: the consumer's name (its group and
 * {@code processed_event.consumer}), the topic it reads the type from, and a body the consumer handles on its own
 * (a fresh one on every call, so tests never collide on ids).
 */
public record ConsumedEvent(String consumer, String topic, String type, Supplier<byte[]> goodBody) {

    @Override
    public String toString() {
        return consumer + " reading " + type;
    }
}
