package org.pare.messaging.outbox;

import java.util.List;
import org.pare.messaging.EventEnvelope;

/** Sends a batch of events and says, per event, whether the broker acknowledged it. */
public interface EventPublisher extends AutoCloseable {

    /** @return one outcome per event, in the same order */
    List<PublishOutcome> publish(List<EventEnvelope> events);

    @Override
    void close();

    /**
     * @param error null when acknowledged
     * @param brokerProblem true when the failure is the broker's (unreachable, timed out), not the event's
     */
    record PublishOutcome(Exception error, boolean brokerProblem) {
        public static final PublishOutcome ACKNOWLEDGED = new PublishOutcome(null, false);

        public boolean acknowledged() {
            return error == null;
        }
    }
}
