package org.pare.messaging.consumer;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import org.pare.messaging.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each event to the handler for its type. An event of a type (or version) nobody handles is
 * logged and skipped, never a reason to stop the consumer.
 */
public final class EventRouter implements EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(EventRouter.class);
    private final Map<String, EventHandler> handlers;

    private EventRouter(Map<String, EventHandler> handlers) {
        this.handlers = Map.copyOf(handlers);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void handle(EventEnvelope event, Connection connection) throws Exception {
        EventHandler handler = handlers.get(event.type());
        if (handler == null) {
            LOG.info("skipping event {} of unhandled type {}", event.id(), event.type());
            return;
        }
        handler.handle(event, connection);
    }

    public static final class Builder {
        private final Map<String, EventHandler> handlers = new HashMap<>();

        public Builder on(String type, EventHandler handler) {
            if (handlers.putIfAbsent(type, handler) != null) {
                throw new IllegalArgumentException("two handlers for " + type);
            }
            return this;
        }

        public EventRouter build() {
            return new EventRouter(handlers);
        }
    }
}
