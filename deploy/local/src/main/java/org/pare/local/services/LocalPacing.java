package org.pare.local.services;

import java.util.List;
import java.util.Map;

/**
 * Timers the local stack runs faster or later than production, as JVM system properties (they are settings of the
 * services' own schedulers, not deployment variables). Faster: ended placements are completed, and evaluation
 * answers filed into the results (still in batches of at least 5), within seconds of the demo data, so the
 * dashboard has results on first start. Later: overdue interviews are first announced, and inactivity first swept,
 * after the demo's assessors have held their interviews and its learners have checked in (on a machine under heavy
 * load the demo took over 4 minutes after the services were up), so only the learners the demo means to flag are.
 */
public final class LocalPacing {
    static final String AFTER_DEMO = "10m";

    private static final Map<String, List<String>> BY_SERVICE = Map.of(
            "learner-service",
            List.of("-Dpare.placements.completion.initial-delay=20s", "-Dpare.placements.completion.interval=20s"),
            "supervisor-service",
            List.of("-Dpare.interviews.overdue-check.initial-delay=" + AFTER_DEMO),
            "evaluation-service",
            List.of(
                    "-Dpare.evaluation.mixing.initial-delay=20s",
                    "-Dpare.evaluation.mixing.interval=15s",
                    "-Dpare.evaluation.support.initial-delay=" + AFTER_DEMO));

    private LocalPacing() {}

    public static List<String> of(Service service) {
        return BY_SERVICE.getOrDefault(service.name(), List.of());
    }
}
