package org.pare.messaging.outbox;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.pare.messaging.EventEnvelope;
import org.pare.messaging.JdbcTransactionRunner;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A relay in its own JVM, for the test that kills one with SIGKILL. After publishing its Nth batch (and
 * before marking it published) it prints the batch's event ids and hangs, so the kill lands mid-batch.
 *
 * <p>Arguments: jdbcUrl user password bootstrapServers batchSize hangAfterBatches
 */
public final class RelayProcess {
    public static final String HANGING = "HANGING-MID-BATCH ";

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(args[0]);
        dataSource.setUser(args[1]);
        dataSource.setPassword(args[2]);
        int hangAfter = Integer.parseInt(args[5]);
        EventPublisher publisher = new HangingPublisher(
                new DuplicatingPublisher(KafkaEventPublisher.connect(args[3], "doomed-relay")), hangAfter);
        RelaySettings settings = RelaySettings.defaults().withBatchSize(Integer.parseInt(args[4]));
        new OutboxRelay(
                        new JdbcTransactionRunner(dataSource),
                        publisher,
                        settings,
                        new WakeSignal(),
                        new SimpleMeterRegistry())
                .start();
        Thread.sleep(Long.MAX_VALUE);
    }

    private record HangingPublisher(EventPublisher delegate, int hangAfter, AtomicInteger batches)
            implements EventPublisher {
        HangingPublisher(EventPublisher delegate, int hangAfter) {
            this(delegate, hangAfter, new AtomicInteger());
        }

        @Override
        public List<PublishOutcome> publish(List<EventEnvelope> events) {
            List<PublishOutcome> outcomes = delegate.publish(events);
            if (batches.incrementAndGet() == hangAfter) {
                String ids = events.stream().map(e -> e.id().toString()).collect(Collectors.joining(","));
                System.out.println(HANGING + ids);
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return outcomes;
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
