package org.pare.messaging.outbox;

import java.util.ArrayList;
import java.util.List;
import org.pare.messaging.EventEnvelope;

/** Publishes every batch twice, so the topic carries every event twice: a redelivery storm on purpose. */
public final class DuplicatingPublisher implements EventPublisher {
    private final EventPublisher delegate;

    public DuplicatingPublisher(EventPublisher delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<PublishOutcome> publish(List<EventEnvelope> events) {
        List<PublishOutcome> first = delegate.publish(events);
        List<PublishOutcome> second = delegate.publish(events);
        List<PublishOutcome> both = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            both.add(first.get(i).acknowledged() ? second.get(i) : first.get(i));
        }
        return both;
    }

    @Override
    public void close() {
        delegate.close();
    }
}
