package org.pare.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * learner-service's demo data: the allocation CSV uploaded by the university's placement admin, then
 * reflections and today's check-in written by the learners themselves, each with their own token. Two learners
 * ask to be contacted; the {@link DemoCohort#inactiveLearners() inactive} ones write nothing at all.
 */
public final class LearnerServiceData implements DemoStep {
    static final String SERVICE = "learner-service";
    /** The first 80 learners write reflections and share one; the others (but the inactive) submit one. */
    static final int REFLECTING_LEARNERS = 80;
    /** Learners whose check-in today asks for someone to contact them (a support signal). */
    static final List<String> ASKING_FOR_CONTACT = List.of("learner003", "learner048");

    private static final String[] MOMENTS = {
        "First solo set of observations", "Handover on a busy shift", "Talking with a worried relative",
        "Medication round with my supervisor", "A patient who declined care", "Escalating a deteriorating patient",
        "Supporting a birth partner", "Falls risk assessment", "A difficult conversation about discharge"
    };

    @Override
    public String name() {
        return SERVICE;
    }

    @Override
    public String load(DemoContext context) throws Exception {
        DemoCohort cohort = context.cohort();
        Api admin = context.api(SERVICE, context.admin());
        Api.Answer upload = admin.post("/api/allocations", "text/csv", cohort.allocationCsv());
        if (!upload.ok()) {
            throw new IllegalStateException("allocation upload refused: HTTP " + upload.status() + " " + upload.body());
        }
        int placements = upload.json().path("rows").size();
        AtomicInteger reflections = new AtomicInteger();
        AtomicInteger pulses = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < cohort.learners().size(); i++) {
                int index = i;
                work.add(pool.submit(() -> learnerWrites(context, index, reflections, pulses)));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return placements + " placements, " + reflections + " reflections, " + pulses + " check-ins today";
    }

    private static Void learnerWrites(DemoContext context, int index, AtomicInteger reflections, AtomicInteger pulses)
            throws Exception {
        Person learner = context.cohort().learners().get(index);
        Random random = new Random(DemoCohort.SEED + index);
        Api api = context.api(SERVICE, context.learner(learner.login()));
        boolean sharing = index < REFLECTING_LEARNERS;
        boolean inactive = context.cohort().inactiveLearners().contains(learner);
        int count = reflectionsOf(index, inactive, random);
        JsonNode current = currentPlacement(api, context.cohort().today());
        for (int r = 0; r < count; r++) {
            Api.Answer created =
                    api.postJson("/api/reflections", reflection(context.cohort().today(), random, r));
            require(created, "reflection for " + learner.login());
            reflections.incrementAndGet();
            if (r == 0 || random.nextBoolean()) {
                String id = created.json().path("id").asText();
                require(api.post("/api/reflections/" + id + "/submit", "application/json", ""), "submit");
                if (r == 0 && sharing && current != null) {
                    require(api.postJson("/api/reflections/" + id + "/share", share(current, random)), "share");
                }
            }
        }
        if (!inactive) {
            require(
                    api.postJson("/api/pulse", pulse(random, ASKING_FOR_CONTACT.contains(learner.login()))),
                    "check-in for " + learner.login());
            pulses.incrementAndGet();
        }
        return null;
    }

    /** A check-in is not activity for the support rules, a submitted reflection is: all but the inactive write. */
    static int reflectionsOf(int index, boolean inactive, Random random) {
        return inactive ? 0 : index < REFLECTING_LEARNERS ? 1 + random.nextInt(3) : 1;
    }

    /** The learner's placement in progress, if any, with the people on it. */
    private static JsonNode currentPlacement(Api api, LocalDate today) throws Exception {
        Api.Answer mine = api.get("/api/placements/mine");
        require(mine, "placements");
        for (JsonNode placement : mine.json()) {
            // An ended placement stays ACTIVE until learner-service's completion job has run: go by the dates.
            if ("ACTIVE".equals(placement.path("status").asText())
                    && !LocalDate.parse(placement.path("endDate").asText()).isBefore(today)) {
                return placement;
            }
        }
        return null;
    }

    /** Most first reflections go to the practice assessor for sign-off; some to a supervisor for feedback. */
    private static Map<String, Object> share(JsonNode placement, Random random) {
        boolean signOff = random.nextInt(4) > 0;
        String role = signOff ? "PRACTICE_ASSESSOR" : "PRACTICE_SUPERVISOR";
        String person = null;
        for (JsonNode p : placement.path("people")) {
            if (person == null && role.equals(p.path("role").asText())) {
                person = p.path("personId").asText();
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("supervisorIds", List.of(person));
        body.put("purpose", signOff ? "SIGN_OFF" : "FEEDBACK");
        return body;
    }

    private static Map<String, Object> reflection(LocalDate today, Random random, int n) {
        String moment = MOMENTS[random.nextInt(MOMENTS.length)];
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("what-happened", moment + ": what I noticed and how the patient responded.");
        answers.put("what-i-did", "Followed the plan agreed with my supervisor and checked my understanding.");
        answers.put("next-time", "Ask for feedback sooner and read up on the local guideline.");
        answers.put("deepen-later", String.valueOf(random.nextBoolean()));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("templateKey", "quick-capture");
        body.put("templateVersion", 1);
        body.put("title", moment);
        body.put("date", today.minusDays(1 + n + random.nextInt(5)).toString());
        body.put("answers", answers);
        return body;
    }

    private static Map<String, Object> pulse(Random random, boolean askingForContact) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("treatedWithDignity", random.nextInt(10) > 0);
        body.put("hadWhatTheyNeeded", random.nextInt(10) > 1);
        body.put("recognised", random.nextInt(10) > 2);
        body.put("mood", 1 + random.nextInt(5));
        body.put("contactRequested", askingForContact);
        return body;
    }

    private static void require(Api.Answer answer, String what) {
        if (!answer.ok()) {
            throw new IllegalStateException(what + " refused: HTTP " + answer.status() + " " + answer.body());
        }
    }
}
