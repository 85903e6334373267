package org.pare.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pare.local.infra.DemoUser;

/**
 * Interviews and concerns, by the practice assessors and supervisors themselves. Every interview already due is
 * held, except two left overdue: the demo assessor's (so their page shows one) and a Northfield mid-point one
 * (a support signal once supervisor-service announces it). Three supervisors raise a concern about a learner.
 */
final class DemoInterviewsAndConcerns {
    /** Areas whose assessor leaves one interview of a learner on placement overdue, and of which kind. */
    static final Map<Integer, String> LEFT_OVERDUE = Map.of(0, "INITIAL", 3, "MID_POINT");
    /** Areas whose first practice supervisor raises a concern, and its category. */
    static final Map<Integer, String> CONCERNS = Map.of(1, "WELLBEING", 5, "PRACTICE", 20, "PROFESSIONALISM");

    private DemoInterviewsAndConcerns() {}

    /** @return how many interviews the area's assessor held */
    static int holdInterviews(DemoContext context, int areaIndex) throws Exception {
        Area area = context.cohort().areas().get(areaIndex);
        Api api = context.api(SupervisorServiceData.SERVICE, as(area.assessor(), "PRACTICE_ASSESSOR"));
        LocalDate today = context.cohort().today();
        Set<String> current = currentPlacements(api, today);
        String leaveOpen = LEFT_OVERDUE.get(areaIndex);
        Api.Answer due = api.get("/api/interviews");
        DemoStep.requireOk(due, "interviews");
        int held = 0;
        for (JsonNode interview : due.json()) {
            if (!LocalDate.parse(interview.path("dueOn").asText()).isBefore(today)) {
                continue;
            }
            if (interview.path("kind").asText().equals(leaveOpen)
                    && current.contains(interview.path("placementId").asText())) {
                leaveOpen = null; // this one stays overdue
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("notes", "Talked through progress against the learning outcomes; practice is safe and improving.");
            body.put("goals", "Lead one handover a shift; complete the medicines management proficiencies.");
            DemoStep.requireOk(
                    api.postJson(
                            "/api/interviews/" + interview.path("interviewId").asText() + "/complete", body),
                    "interview");
            held++;
        }
        return held;
    }

    /** @return 1 when the area's first practice supervisor raised a concern, else 0 */
    static int raiseConcern(DemoContext context, int areaIndex) throws Exception {
        String category = CONCERNS.get(areaIndex);
        if (category == null) {
            return 0;
        }
        Area area = context.cohort().areas().get(areaIndex);
        Api api =
                context.api(SupervisorServiceData.SERVICE, as(area.supervisors().get(0), "PRACTICE_SUPERVISOR"));
        LocalDate today = context.cohort().today();
        Api.Answer learners = api.get("/api/my-learners");
        DemoStep.requireOk(learners, "my learners");
        for (JsonNode learner : learners.json()) {
            if (!LocalDate.parse(learner.path("endDate").asText()).isBefore(today)) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("learnerId", learner.path("learnerId").asText());
                body.put("category", category);
                body.put(
                        "description",
                        "Seemed withdrawn on the last three shifts and left a medicines round unfinished.");
                body.put(
                        "actions",
                        "Meet weekly with the practice assessor; shadow two medicines rounds before leading one.");
                body.put(
                        "supportOffered",
                        "Time with the practice education facilitator; the university's wellbeing service.");
                body.put("reviewOn", today.plusDays(7).toString());
                DemoStep.requireOk(api.postJson("/api/concerns", body), "concern");
                return 1;
            }
        }
        return 0;
    }

    private static Set<String> currentPlacements(Api api, LocalDate today) throws Exception {
        Api.Answer learners = api.get("/api/my-learners");
        DemoStep.requireOk(learners, "my learners");
        Set<String> current = new HashSet<>();
        for (JsonNode learner : learners.json()) {
            if (!LocalDate.parse(learner.path("endDate").asText()).isBefore(today)) {
                current.add(learner.path("placementId").asText());
            }
        }
        return current;
    }

    static DemoUser as(Person person, String role) {
        return new DemoUser(person.login(), person.name(), List.of(role), null, "");
    }
}
