package org.pare.messaging.consumer;

import java.sql.Connection;
import org.pare.messaging.EventEnvelope;

/**
 * Applies one event's effect. Runs inside the transaction that also records the event as processed,
 * so the effect happens once however often the event is delivered. Throwing rolls back both and the
 * event is tried again, then dead-lettered.
 */
@FunctionalInterface
public interface EventHandler {
    void handle(EventEnvelope event, Connection connection) throws Exception;
}
