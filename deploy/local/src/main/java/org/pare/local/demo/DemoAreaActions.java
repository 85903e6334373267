package org.pare.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pare.local.infra.DemoUser;

/**
 * Area action plans the education leads write after reading the results: the demo learner's ward (so its
 * "you said, we did" line shows on their phone), the areas learners found unsafe, and one action left overdue.
 */
final class DemoAreaActions {
    /** What a lead agreed for one area: area index in the cohort, then the action. */
    record Planned(
            int area,
            String owner,
            int dueInDays,
            String status,
            List<String> themes,
            String description,
            String youSaidWeDid) {}

    static final List<Planned> PLANS = List.of(
            new Planned(
                    0,
                    "pa001",
                    30,
                    "IN_PROGRESS",
                    List.of("induction-belonging"),
                    "Name a buddy for every learner before their first shift.",
                    "You said you did not know who to ask on your first shift; we now name a buddy before you arrive."),
            new Planned(
                    2,
                    "pa003",
                    21,
                    "IN_PROGRESS",
                    List.of("psychological-safety"),
                    "The nurse in charge holds a five-minute huddle with learners at the start of each shift.",
                    "You said you did not feel safe to ask questions; the nurse in charge now meets learners every shift."),
            new Planned(
                    2,
                    "lead.northfield",
                    -10,
                    "PLANNED",
                    List.of("civility-dignity"),
                    "Civility and respect session for the whole team, with the university's link lecturer.",
                    null),
            new Planned(
                    9,
                    "pa010",
                    -3,
                    "DONE",
                    List.of("wellbeing", "psychological-safety"),
                    "Monthly protected debrief for learners after difficult shifts.",
                    "You said there was no space to talk after a difficult shift; we now hold a monthly debrief."),
            new Planned(
                    23,
                    "pa024",
                    45,
                    "IN_PROGRESS",
                    List.of("psychological-safety"),
                    "Learners join the team's safety huddle and are asked for their view.",
                    "You said you were not asked for your view; you now have a place in the safety huddle."));

    private DemoAreaActions() {}

    /** @return how many actions the leads created */
    static int plan(DemoContext context) throws Exception {
        int created = 0;
        for (String trust : List.of(DemoPlaces.NORTHFIELD, DemoPlaces.SOUTHMOOR)) {
            Api lead = context.api(EvaluationServiceData.SERVICE, leadOf(context, trust));
            Api.Answer areas = lead.get("/api/areas");
            DemoStep.requireOk(areas, "areas of " + trust);
            for (Planned planned : PLANS) {
                Area area = context.cohort().areas().get(planned.area());
                if (area.trust().equals(trust)) {
                    String id = areaId(areas.json(), area);
                    DemoStep.requireOk(
                            lead.postJson("/api/areas/" + id + "/actions", body(planned, context)),
                            "action for " + area.name());
                    created++;
                }
            }
        }
        return created;
    }

    static DemoUser leadOf(DemoContext context, String trust) {
        DemoUser lead = context.cohort().demoUsers().stream()
                .filter(u -> u.roles().contains("EDUCATION_LEAD")
                        && DemoCohort.trustOf(u).equals(trust))
                .findFirst()
                .orElseThrow();
        return lead.withOrg(String.valueOf(context.trustIdByName().apply(trust)));
    }

    private static String areaId(JsonNode areas, Area area) {
        for (JsonNode a : areas) {
            if (a.path("name").asText().equals(area.name())
                    && a.path("siteName").asText().equals(area.site())) {
                return a.path("id").asText();
            }
        }
        throw new IllegalStateException("evaluation-service does not know " + area.name() + ", " + area.site());
    }

    private static Map<String, Object> body(Planned planned, DemoContext context) {
        LocalDate today = context.cohort().today();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("owner", planned.owner());
        body.put("dueOn", today.plusDays(planned.dueInDays()).toString());
        body.put("status", planned.status());
        body.put("themes", planned.themes());
        body.put("description", planned.description());
        body.put("youSaidWeDid", planned.youSaidWeDid());
        return body;
    }
}
