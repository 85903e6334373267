package org.pare.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs several attempts at one decision at the same moment: every attempt waits at a start line and all are
 * released together, so a test sees what concurrent callers see (one winner, the rest refused), not what
 * callers one after another see.
 */
public final class Race {
    private Race() {}

    /** Runs the attempts together and gives back their results in the order given. */
    public static <T> List<T> run(List<Callable<T>> attempts) {
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        CountDownLatch ready = new CountDownLatch(attempts.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> attempt : attempts) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return attempt.call();
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the attempts did not reach the start line");
            }
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException("a racing attempt failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same attempt {@code times} times at once (a double tap, a retry storm). */
    public static <T> List<T> repeat(int times, Callable<T> attempt) {
        List<Callable<T>> attempts = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            attempts.add(attempt);
        }
        return run(attempts);
    }
}
