package org.pare.system.harness;

import java.util.List;
import java.util.Map;

/**
 * Short schedules for the system tests, passed to each service as ordinary Micronaut properties ({@code -D} on
 * its command line; never in any default). They make jobs that run every 15 minutes or every hour in
 * production run every second or two, so that a placement whose end date has passed completes at once, and a
 * reminder due "after 3 days" is due after seconds.
 */
final class TestSchedules {
    private static final Map<String, List<String>> PROPERTIES = Map.of(
            "learner-service",
            List.of("-Dpare.placements.completion.interval=2s", "-Dpare.placements.completion.initial-delay=2s"),
            "supervisor-service",
            List.of(),
            "evaluation-service",
            // Answers are mixed in batches of at least five before they count; check for a batch every second.
            List.of("-Dpare.evaluation.mixing.interval=1s", "-Dpare.evaluation.mixing.initial-delay=1s"),
            "notification-service",
            List.of(
                    // The first evaluation reminder 4 s after the invitation (3 days in production), the second
                    // after an hour: later than any test runs.
                    "-Dpare.notification.reminders.evaluation=4s,1h",
                    "-Dpare.notification.reminders.sweep-interval=1s",
                    "-Dpare.notification.reminders.sweep-initial-delay=1s",
                    // No quiet hours (equal ends), so e-mail goes out whatever the hour the tests run.
                    "-Dpare.notification.quiet-hours.from=00:00",
                    "-Dpare.notification.quiet-hours.until=00:00"));

    private TestSchedules() {}

    static List<String> systemProperties(String service) {
        return PROPERTIES.getOrDefault(service, List.of());
    }
}
