package org.pare.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Open-loop HTTP load: requests leave on a fixed schedule whether or not earlier ones have answered,
 * and each latency is measured from its scheduled start, so a slow server cannot slow the load down
 * and hide its own queueing (no coordinated omission).
 */
public final class HttpLoadGenerator {
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** What one fixed-rate run saw. */
    public record Result(
            int offeredPerSecond, long sent, long ok, long failed, double achievedPerSecond, Histogram micros) {
        public String row() {
            return String.format(
                    "| %,d | %,d | %,.0f | %,d | %s | %s | %s | %s |",
                    offeredPerSecond,
                    sent,
                    achievedPerSecond,
                    failed,
                    ms(micros.getValueAtPercentile(50)),
                    ms(micros.getValueAtPercentile(95)),
                    ms(micros.getValueAtPercentile(99)),
                    ms(micros.getMaxValue()));
        }

        public static String header() {
            return "| Offered req/s | Sent | Achieved req/s | Failed | p50 ms | p95 ms | p99 ms | max ms |\n"
                    + "|---:|---:|---:|---:|---:|---:|---:|---:|";
        }

        private static String ms(long micros) {
            return String.format("%.1f", micros / 1000.0);
        }
    }

    /**
     * Sends {@code requests.apply(n)} at {@code perSecond} for {@code duration}, then waits for answers.
     * A 2xx answer counts as ok; anything else, or no answer within 30 s, as failed.
     */
    public Result run(int perSecond, Duration duration, LongFunction<HttpRequest> requests)
            throws InterruptedException {
        return runOperations(
                perSecond, duration, n -> client.sendAsync(requests.apply(n), HttpResponse.BodyHandlers.discarding())
                        .thenApply(response -> response.statusCode() / 100 == 2));
    }

    /**
     * Starts {@code operations.apply(n)} at {@code perSecond} for {@code duration}: an operation may be several
     * requests in a row (its latency runs from its scheduled start to its last answer). It succeeds when its
     * future completes with {@code true} within 30 s.
     */
    public Result runOperations(int perSecond, Duration duration, LongFunction<CompletableFuture<Boolean>> operations)
            throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ConcurrentLinkedQueue<CompletableFuture<?>> inFlight = new ConcurrentLinkedQueue<>();
        long total = perSecond * duration.toSeconds();
        long intervalNanos = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        for (long n = 0; n < total; n++) {
            long scheduled = start + n * intervalNanos;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            inFlight.add(operations
                    .apply(n)
                    .orTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                    .whenComplete((success, error) -> {
                        recorder.recordValue(Math.max(1, (System.nanoTime() - scheduled) / 1_000));
                        (error == null && Boolean.TRUE.equals(success) ? ok : failed).incrementAndGet();
                    }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new))
                .exceptionally(e -> null)
                .join();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(
                perSecond, total, ok.get(), failed.get(), ok.get() / seconds, recorder.getIntervalHistogram());
    }

    /** The client every run uses, for operations that chain requests. */
    public HttpClient client() {
        return client;
    }
}
