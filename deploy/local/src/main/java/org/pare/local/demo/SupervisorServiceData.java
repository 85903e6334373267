package org.pare.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.pare.local.infra.DemoUser;

/**
 * supervisor-service's demo data, written by the supervisors themselves: every area's practice assessor signs off
 * about half of what learners shared with them (the demo assessor keeps their queue, so it shows on first start),
 * and every area's first practice supervisor gives in-the-moment feedback to two of their learners; then the
 * assessors hold the interviews already due and three supervisors raise a concern ({@link DemoInterviewsAndConcerns}).
 */
public final class SupervisorServiceData implements DemoStep {
    static final String SERVICE = "supervisor-service";
    private static final long QUEUE_PATIENCE_MS = 60_000;

    @Override
    public String name() {
        return SERVICE;
    }

    @Override
    public String load(DemoContext context) throws Exception {
        String demoAssessor = context.cohort().areas().get(0).assessor().login();
        waitForQueue(context.api(SERVICE, as(context.cohort().areas().get(0).assessor(), "PRACTICE_ASSESSOR")));
        int signedOff = 0;
        int feedback = 0;
        List<String> inactive =
                context.cohort().inactiveLearners().stream().map(Person::name).toList();
        for (Area area : context.cohort().areas()) {
            if (!area.assessor().login().equals(demoAssessor)) {
                signedOff += signOffHalf(context.api(SERVICE, as(area.assessor(), "PRACTICE_ASSESSOR")));
            }
            feedback +=
                    giveFeedback(context.api(SERVICE, as(area.supervisors().get(0), "PRACTICE_SUPERVISOR")), inactive);
        }
        AtomicInteger interviews = new AtomicInteger();
        AtomicInteger concerns = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < context.cohort().areas().size(); i++) {
                int area = i;
                work.add(pool.submit(() -> {
                    interviews.addAndGet(DemoInterviewsAndConcerns.holdInterviews(context, area));
                    concerns.addAndGet(DemoInterviewsAndConcerns.raiseConcern(context, area));
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return signedOff + " sign-offs, " + feedback + " pieces of feedback, " + interviews + " interviews held, "
                + concerns + " concerns raised";
    }

    private static DemoUser as(Person person, String role) {
        return DemoInterviewsAndConcerns.as(person, role);
    }

    /** Shares reach the queue through Kafka: wait until the demo assessor's queue has filled. */
    private static void waitForQueue(Api api) throws Exception {
        long until = System.currentTimeMillis() + QUEUE_PATIENCE_MS;
        int last = -1;
        while (System.currentTimeMillis() < until) {
            Api.Answer queue = api.get("/api/queue");
            DemoStep.requireOk(queue, "queue");
            int size = queue.json().size();
            if (size > 0 && size == last) {
                return;
            }
            last = size;
            Thread.sleep(2_000);
        }
    }

    private static int signOffHalf(Api api) throws Exception {
        Api.Answer queue = api.get("/api/queue");
        DemoStep.requireOk(queue, "queue");
        int done = 0;
        int seen = 0;
        for (JsonNode item : queue.json()) {
            if ("SIGN_OFF".equals(item.path("purpose").asText()) && seen++ % 2 == 0) {
                String id = item.path("reflectionId").asText();
                DemoStep.requireOk(
                        api.post("/api/shared-reflections/" + id + "/sign-off", "application/json", ""), "sign-off");
                done++;
            }
        }
        return done;
    }

    /** Feedback to two of the supervisor's learners, never to the ones meant to look inactive. */
    private static int giveFeedback(Api api, List<String> inactive) throws Exception {
        Api.Answer learners = api.get("/api/my-learners");
        DemoStep.requireOk(learners, "my learners");
        int given = 0;
        for (JsonNode learner : learners.json()) {
            if (given == 2) {
                break;
            }
            if (inactive.contains(learner.path("name").asText())) {
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("learnerId", learner.path("learnerId").asText());
            body.put("tags", List.of("communication", "compassion"));
            body.put("wentWell", "Explained the plan to the patient calmly and checked they understood.");
            body.put("toDevelop", "Hand over the fluid balance at the bedside, not at the desk.");
            DemoStep.requireOk(api.postJson("/api/feedback", body), "feedback");
            given++;
        }
        return given;
    }
}
