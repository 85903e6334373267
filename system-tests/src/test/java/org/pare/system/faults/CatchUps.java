package org.pare.system.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The catch-up of each fault, measured, and written where a person reads it (target/fault-catch-up.md). */
final class CatchUps {
    /**
     * One fault: how long it lasted, how long the phase's sharing went on after the fault's end (0: it was over),
     * and the catch-up, from the fault's end to every share so far in the supervisor's queue, in their inbox, and
     * received as e-mail by the SMTP server.
     */
    record CatchUp(
            String fault,
            int shares,
            Duration faultLasted,
            Duration loadEndAfterFault,
            Duration queued,
            Duration inbox,
            Duration emailed) {}

    private final List<CatchUp> measured = new ArrayList<>();

    void add(CatchUp catchUp) {
        measured.add(catchUp);
    }

    List<CatchUp> measured() {
        return List.copyOf(measured);
    }

    void write(Path file, String heading) {
        StringBuilder md = new StringBuilder(heading).append("\n\n");
        md.append("| Fault | Shares in its phase | Fault lasted (s) | Sharing went on after the fault's end (s) |"
                + " Caught up, after the fault's end (s): queue | inbox | e-mail |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        for (CatchUp c : measured) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f | %.1f | %.1f | %.1f | **%.1f** |%n",
                    c.fault(),
                    c.shares(),
                    seconds(c.faultLasted()),
                    seconds(c.loadEndAfterFault()),
                    seconds(c.queued()),
                    seconds(c.inbox()),
                    seconds(c.emailed())));
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, md.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
