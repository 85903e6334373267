package org.pare.system.faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.pare.system.harness.Http;

/**
 * Learners sharing reflections with their supervisor for sign-off at a steady rate, open loop: each share starts at
 * its scheduled instant whatever the answers before it took, as learners on a ward do not wait for each other.
 */
final class SharingLoad implements AutoCloseable {
    private final String learnerUrl;
    private final UUID supervisorId;
    private final int perSecond;
    private final ExecutorService senders = Executors.newFixedThreadPool(16);
    private final Queue<UUID> shared = new ConcurrentLinkedQueue<>();
    private final Queue<String> refused = new ConcurrentLinkedQueue<>();

    SharingLoad(String learnerUrl, UUID supervisorId, int perSecond) {
        this.learnerUrl = learnerUrl;
        this.supervisorId = supervisorId;
        this.perSecond = perSecond;
    }

    /** Starts sharing these reflections at the steady rate; the future completes when every answer is in. */
    CompletableFuture<Void> share(List<Reflections.Submitted> reflections) {
        long start = System.nanoTime();
        long gap = TimeUnit.SECONDS.toNanos(1) / perSecond;
        CompletableFuture<?>[] all = new CompletableFuture<?>[reflections.size()];
        for (int i = 0; i < reflections.size(); i++) {
            Reflections.Submitted reflection = reflections.get(i);
            long due = start + i * gap;
            all[i] = CompletableFuture.runAsync(() -> shareAt(due, reflection), senders);
        }
        return CompletableFuture.allOf(all);
    }

    private void shareAt(long due, Reflections.Submitted reflection) {
        long wait = due - System.nanoTime();
        if (wait > 0) {
            sleep(Duration.ofNanos(wait));
        }
        try {
            Http.Answer answer = Http.post(
                    learnerUrl + "/api/reflections/" + reflection.id() + "/share",
                    reflection.learnerToken(),
                    Map.of("supervisorIds", List.of(supervisorId), "purpose", "SIGN_OFF"));
            if (answer.status() == 200) {
                shared.add(reflection.id());
            } else {
                refused.add(reflection.id() + " answered " + answer.status() + ": " + answer.body());
            }
        } catch (RuntimeException e) {
            refused.add(reflection.id() + " failed: " + e.getMessage());
        }
    }

    /** Reflections whose share learner-service accepted (200). */
    List<UUID> shared() {
        return List.copyOf(shared);
    }

    List<String> refused() {
        return List.copyOf(refused);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }
}
