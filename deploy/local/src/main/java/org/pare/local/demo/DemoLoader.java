package org.pare.local.demo;

import java.util.List;
import org.pare.local.infra.Progress;

/** Runs each service's demo-data step in order; a service without the endpoint yet is skipped with a note. */
public final class DemoLoader {
    private final List<DemoStep> steps;

    public DemoLoader(List<DemoStep> steps) {
        this.steps = steps;
    }

    public static DemoLoader standard() {
        return new DemoLoader(List.of(
                new LearnerServiceData(),
                new SupervisorServiceData(),
                new EvaluationServiceData(),
                new NotificationServiceData()));
    }

    public void load(DemoContext context, Progress progress) {
        for (DemoStep step : steps) {
            String summary = progress.step("demo data: " + step.name(), () -> {
                try {
                    return step.load(context);
                } catch (DemoStep.NotYetAvailable e) {
                    return "skipped: " + e.getMessage();
                }
            });
            progress.note("      " + summary);
        }
    }
}
