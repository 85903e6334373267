package org.pare.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * evaluation-service's demo data: learners answer the evaluation of their completed placement with their own tokens
 * (as {@link DemoEvaluations} plans), then the education leads write area action plans ({@link DemoAreaActions}).
 * Invitations come from learner-service's completion job, through Kafka, so the step first waits for them.
 */
public final class EvaluationServiceData implements DemoStep {
    static final String SERVICE = "evaluation-service";
    private static final long INVITATION_PATIENCE_MS = 180_000;

    @Override
    public String name() {
        return SERVICE;
    }

    @Override
    public String load(DemoContext context) throws Exception {
        List<DemoEvaluations.Answer> plan = DemoEvaluations.plan(context.cohort());
        Map<String, List<String>> itemsByTheme = waitForInvitations(context, plan);
        List<DemoEvaluations.Answer> quietLast = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (var answer : plan) {
                if (DemoEvaluations.characterOf(context.cohort()
                                .areas()
                                .indexOf(answer.placement().area()))
                        == DemoEvaluations.Character.QUIET) {
                    quietLast.add(answer);
                } else {
                    work.add(pool.submit(() -> submit(context, answer, itemsByTheme)));
                }
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        for (var answer : quietLast) {
            submit(context, answer, itemsByTheme);
        }
        int actions = DemoAreaActions.plan(context);
        return plan.size() + " evaluations returned (of "
                + context.cohort().learners().size() + " invited), " + actions + " area actions";
    }

    /** Waits until the first and the last learner to answer have their invitation; returns the questionnaire. */
    private static Map<String, List<String>> waitForInvitations(DemoContext context, List<DemoEvaluations.Answer> plan)
            throws Exception {
        long until = System.currentTimeMillis() + INVITATION_PATIENCE_MS;
        while (System.currentTimeMillis() < until) {
            JsonNode first = invitation(context, plan.get(0).placement());
            if (first != null && invitation(context, plan.get(plan.size() - 1).placement()) != null) {
                Api api = context.api(
                        SERVICE,
                        context.learner(plan.get(0).placement().learner().login()));
                Api.Answer opened =
                        api.get("/api/evaluations/" + first.path("id").asText());
                DemoStep.requireOk(opened, "evaluation");
                Map<String, List<String>> items = new LinkedHashMap<>();
                for (JsonNode theme : opened.json().path("questionnaire").path("themes")) {
                    List<String> keys = new ArrayList<>();
                    theme.path("items").forEach(i -> keys.add(i.path("key").asText()));
                    items.put(theme.path("key").asText(), keys);
                }
                return items;
            }
            Thread.sleep(2_000);
        }
        throw new IllegalStateException("no evaluation invitations after " + INVITATION_PATIENCE_MS / 1000
                + " s: did learner-service complete the ended placements? (see its log)");
    }

    /** The learner's open invitation for this placement, or null while it has not arrived. */
    private static JsonNode invitation(DemoContext context, Placement placement) throws Exception {
        Api.Answer mine = context.api(
                        SERVICE, context.learner(placement.learner().login()))
                .get("/api/evaluations");
        DemoStep.requireOk(mine, "evaluations");
        for (JsonNode invitation : mine.json()) {
            if (placement
                            .end()
                            .toString()
                            .equals(invitation.path("placementEnd").asText())
                    && "OPEN".equals(invitation.path("state").asText())) {
                return invitation;
            }
        }
        return null;
    }

    private static Void submit(DemoContext context, DemoEvaluations.Answer answer, Map<String, List<String>> items)
            throws Exception {
        JsonNode invitation = invitation(context, answer.placement());
        if (invitation == null) {
            throw new IllegalStateException(
                    "no open invitation for " + answer.placement().learner().login());
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        items.forEach((theme, keys) ->
                keys.forEach(k -> scores.put(k, answer.scoresByTheme().getOrDefault(theme, 0))));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answers", scores);
        body.put("comments", answer.comments());
        Api api = context.api(
                SERVICE, context.learner(answer.placement().learner().login()));
        DemoStep.requireOk(
                api.postJson("/api/evaluations/" + invitation.path("id").asText() + "/submit", body), "evaluation");
        return null;
    }
}
