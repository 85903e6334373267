package org.pare.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.pare.system.faults.CatchUps.CatchUp;
import org.pare.system.harness.PareSystem;

/**
 * Issue #8's faults, on the whole system: while learners share 2,000 reflections at a steady rate, supervisor-service
 * is killed with SIGKILL and started again, the Kafka broker is stopped for 20 seconds, and notification-service's
 * PostgreSQL connections are terminated. Afterwards every share is in the supervisor's queue once, in their inbox
 * once and in one e-mail (by Message-ID). Each fault's catch-up time goes to target/fault-catch-up.md.
 */
class FaultsIT {
    private static final int SHARES = 2_000;
    private static final int PER_SECOND = 50;
    private static final Duration CATCH_UP_LIMIT = Duration.ofSeconds(300);

    private final PareSystem system = PareSystem.get();
    private final CatchUps catchUps = new CatchUps();

    @Test
    void a_crash_a_broker_outage_and_cut_database_connections_lose_nothing_and_double_nothing() throws Exception {
        // given learners with submitted reflections and one supervisor
        FaultCohort cohort = FaultCohort.allocate(system);
        var reflections = Reflections.submitted(system.learner().url(), cohort.learnerTokens(), SHARES);
        Tally tally = new Tally(system, cohort.supervisorId(), cohort.supervisorEmail());
        int third = SHARES / 3;

        // when they share them at a steady rate, one fault in each third
        try (SharingLoad load = new SharingLoad(system.learner().url(), cohort.supervisorId(), PER_SECOND)) {
            phase(
                    load,
                    tally,
                    reflections.subList(0, third),
                    "supervisor-service killed (`kill -9`) and started",
                    () -> {
                        pause(Duration.ofSeconds(3));
                        system.supervisor().kill();
                        Instant start = Instant.now();
                        system.supervisor().start();
                        return start;
                    });
            phase(load, tally, reflections.subList(third, 2 * third), "Kafka broker stopped for 20 s", () -> {
                pause(Duration.ofSeconds(2));
                system.kafka().stop();
                Instant start = Instant.now();
                pause(Duration.ofSeconds(20));
                system.startKafka();
                return start;
            });
            phase(
                    load,
                    tally,
                    reflections.subList(2 * third, SHARES),
                    "notification-service's PostgreSQL connections terminated",
                    () -> {
                        pause(Duration.ofSeconds(5));
                        Instant start = Instant.now();
                        assertThat(system.terminateConnections(system.notification()))
                                .isPositive();
                        return start;
                    });

            // then
            assertThat(load.refused()).isEmpty();
            List<UUID> shared = load.shared();
            assertThat(shared).hasSize(SHARES).doesNotHaveDuplicates();
            pause(Duration.ofSeconds(3)); // a late duplicate would arrive now
            assertThat(tally.queued()).containsExactlyInAnyOrderElementsOf(shared);
            assertThat(tally.inbox()).containsExactlyInAnyOrderElementsOf(shared);
            List<Tally.Email> emails = tally.emails();
            assertThat(emails).extracting(Tally.Email::reflectionId).containsExactlyInAnyOrderElementsOf(shared);
            assertThat(emails)
                    .extracting(Tally.Email::messageId)
                    .doesNotContainNull()
                    .doesNotHaveDuplicates();
        } finally {
            catchUps.write(
                    Path.of("target", "fault-catch-up.md"),
                    "Fault catch-up, " + Instant.now() + ": " + SHARES + " shares at " + PER_SECOND + "/s");
        }
        assertThat(catchUps.measured()).hasSize(3);
    }

    /** Shares a slice at the steady rate while the fault runs; returns once everything shared so far caught up. */
    private void phase(
            SharingLoad load, Tally tally, List<Reflections.Submitted> slice, String fault, Callable<Instant> inject)
            throws Exception {
        CompletableFuture<Void> sharing = load.share(slice);
        Instant faultStart = inject.call();
        Instant faultEnd = Instant.now();
        sharing.get();
        Instant loadEnd = Instant.now();
        int expected = load.shared().size();
        long deadline = System.nanoTime() + CATCH_UP_LIMIT.toNanos();
        Instant queued = null;
        Instant inbox = null;
        Instant emailed = null;
        while (queued == null || inbox == null || emailed == null) {
            assertThat(System.nanoTime())
                    .as("%s: not caught up within %s", fault, CATCH_UP_LIMIT)
                    .isLessThan(deadline);
            queued = queued != null || tally.queued().size() < expected ? queued : Instant.now();
            inbox = inbox != null || tally.inbox().size() < expected ? inbox : Instant.now();
            emailed = emailed != null || tally.emailsReceived() < expected ? emailed : Instant.now();
            pause(Duration.ofMillis(250));
        }
        catchUps.add(new CatchUp(
                fault,
                slice.size(),
                Duration.between(faultStart, faultEnd),
                Duration.between(faultEnd, loadEnd),
                Duration.between(faultEnd, queued),
                Duration.between(faultEnd, inbox),
                Duration.between(faultEnd, emailed)));
    }

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
