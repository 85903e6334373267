package org.pare.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Closed-loop load: {@code clients} threads each run one operation after another, as fast as answers come,
 * for a fixed time. It finds the sustained throughput; its latencies are those of a saturated system.
 */
public final class ClosedLoop {
    private ClosedLoop() {}

    /** One operation; {@code n} is unique across the run's threads. True when it succeeded. */
    @FunctionalInterface
    public interface Operation {
        boolean run(long n) throws Exception;
    }

    /**
     * What one closed-loop run saw; {@code clientCpuSeconds} is the CPU its client threads spent, i.e. the client's
     * cost when the client does its work on the calling thread (a blocking HTTP client, JDBC).
     */
    public record Result(
            int clients, long ok, long failed, double perSecond, Histogram micros, double clientCpuSeconds) {
        public String row(String what) {
            return String.format(
                    "| %s | %d | %,.0f | %,d | %.1f | %.1f | %.1f | %.1f |",
                    what,
                    clients,
                    perSecond,
                    failed,
                    micros.getValueAtPercentile(50) / 1000.0,
                    micros.getValueAtPercentile(95) / 1000.0,
                    micros.getValueAtPercentile(99) / 1000.0,
                    micros.getMaxValue() / 1000.0);
        }

        public static String header() {
            return "| Path | Concurrency | Ops/s | Failed | p50 ms | p95 ms | p99 ms | max ms |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|---:|";
        }
    }

    public static Result run(int clients, Duration duration, Operation operation) throws InterruptedException {
        Recorder recorder = new Recorder(3);
        AtomicLong next = new AtomicLong();
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(
                    () -> {
                        while (System.nanoTime() < end) {
                            long began = System.nanoTime();
                            boolean success;
                            try {
                                success = operation.run(next.getAndIncrement());
                            } catch (Exception e) {
                                success = false;
                            }
                            recorder.recordValue(Math.max(1, (System.nanoTime() - began) / 1_000));
                            (success ? ok : failed).incrementAndGet();
                        }
                        cpuNanos.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
                    },
                    "closed-loop-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(
                clients,
                ok.get(),
                failed.get(),
                ok.get() / seconds,
                recorder.getIntervalHistogram(),
                cpuNanos.get() / 1e9);
    }
}
