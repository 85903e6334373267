package org.pare.local.infra;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;

/** One line per component: its name, then a tick and how long it took, or a cross and why. */
public final class Progress {
    private final PrintStream out;

    public Progress(PrintStream out) {
        this.out = out;
    }

    public <T> T step(String name, Callable<T> work) {
        long start = System.nanoTime();
        out.printf("  %-34s", name);
        out.flush();
        try {
            T result = work.call();
            out.printf(Locale.ROOT, "✔ %5.1f s%n", seconds(start));
            return result;
        } catch (RuntimeException e) {
            out.printf(Locale.ROOT, "✘ %5.1f s%n", seconds(start));
            throw e;
        } catch (Exception e) {
            out.printf(Locale.ROOT, "✘ %5.1f s%n", seconds(start));
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    public void step(String name, Runnable work) {
        step(name, () -> {
            work.run();
            return null;
        });
    }

    /** For work timed elsewhere (e.g. from a common start): prints the seconds the work returns. */
    public void stepTimedBy(String name, Callable<Double> work) {
        out.printf("  %-34s", name);
        out.flush();
        try {
            out.printf(Locale.ROOT, "✔ %5.1f s%n", work.call());
        } catch (Exception e) {
            out.printf("✘%n");
            throw e instanceof RuntimeException r ? r : new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    public void note(String line) {
        out.println(line);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
