package org.pare.system.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The placement ends; learners are invited, reminded and answer; the education lead reads the results. */
final class EvaluationSteps {
    static final int ANSWER = 4;

    private EvaluationSteps() {}

    /** The university records the end date as yesterday; learner-service's completion job then ends them. */
    static void placementEnds(People people, Cohort cohort, String learnerUrl, LocalDate today) {
        JsonNode report = people.admin()
                .postCsv(
                        learnerUrl + "/api/allocations", cohort.allocationCsv(today.minusDays(20), today.minusDays(1)));
        assertThat(report.path("rows").findValuesAsText("outcome")).containsOnly("CHANGED");
        await().atMost(Messages.PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(people.learner()
                        .get(learnerUrl + "/api/placements/mine")
                        .get(0)
                        .path("status")
                        .asText())
                .isEqualTo("COMPLETED"));
    }

    static void invitedThenReminded(People people, Messages messages, Cohort cohort, String evaluationUrl) {
        JsonNode invitation = await().atMost(Messages.PATIENCE)
                .ignoreExceptions()
                .until(() -> people.learner().get(evaluationUrl + "/api/evaluations"), list -> list.size() == 1)
                .get(0);
        assertThat(invitation.path("areaName").asText()).isEqualTo(cohort.area());
        assertThat(invitation.path("state").asText()).isEqualTo("OPEN");
        String address = cohort.learner().email();
        messages.assertToldByInboxAndEmail(people.learner(), address, "EVALUATION_INVITED");
        assertThat(messages.awaitInbox(people.learner(), "EVALUATION_INVITED")
                        .path("actionUrl")
                        .asText())
                .isEqualTo(
                        evaluationUrl + "/evaluation/" + invitation.path("id").asText());
        messages.assertToldByInboxAndEmail(people.learner(), address, "EVALUATION_REMINDER");
    }

    /** Learners 1 to 5 answer every item; learner 6 does not. The first learner's second send is refused. */
    static void fiveReturn(People people, Cohort cohort, String evaluationUrl) {
        for (int i = 0; i < Cohort.LEARNERS - 1; i++) {
            Actor learner = people.learner(i);
            JsonNode open = await().atMost(Messages.PATIENCE)
                    .ignoreExceptions()
                    .until(() -> learner.get(evaluationUrl + "/api/evaluations"), list -> list.size() == 1)
                    .get(0);
            String id = open.path("id").asText();
            JsonNode questionnaire =
                    learner.get(evaluationUrl + "/api/evaluations/" + id).path("questionnaire");
            learner.post(evaluationUrl + "/api/evaluations/" + id + "/submit", answers(questionnaire));
            assertThat(learner.get(evaluationUrl + "/api/evaluations")
                            .get(0)
                            .path("state")
                            .asText())
                    .isEqualTo("RETURNED");
            if (i == 0) {
                assertThat(learner.postAnswer(
                                        evaluationUrl + "/api/evaluations/" + id + "/submit", answers(questionnaire))
                                .status())
                        .as("an evaluation is sent once")
                        .isEqualTo(409);
            }
        }
    }

    static void dashboardShowsTheWard(
            People people, Cohort cohort, String evaluationUrl, LocalDate ended, UUID learnerId) {
        YearMonth month = YearMonth.from(ended);
        JsonNode rates =
                people.lead().get(evaluationUrl + "/api/results/return-rates?by=area&from=" + month + "&to=" + month);
        JsonNode ward = row(rates.path("rows"), "label", cohort.area());
        assertThat(ward.path("suppressed").asBoolean()).isFalse();
        assertThat(ward.path("invited").asInt()).isEqualTo(Cohort.LEARNERS);
        assertThat(ward.path("returned").asInt()).isEqualTo(Cohort.LEARNERS - 1);
        assertThat(ward.path("rate").asDouble()).isEqualTo(0.833);

        String quarter = ended.getYear() + "-Q" + ((ended.getMonthValue() - 1) / 3 + 1);
        // answers reach the scores when the next mixing batch is filed, not when each is submitted: an area with no
        // batch filed yet shows 0 responses, unsuppressed, so wait for the five
        JsonNode scores = await().atMost(Messages.PATIENCE)
                .ignoreExceptions()
                .until(
                        () -> people.lead().get(evaluationUrl + "/api/results/scores?quarter=" + quarter),
                        s -> row(s.path("areas"), "name", cohort.area())
                                        .path("responses")
                                        .path("responses")
                                        .asInt()
                                == Cohort.LEARNERS - 1);
        JsonNode area = row(scores.path("areas"), "name", cohort.area());
        assertThat(area.path("responses").path("responses").asInt()).isEqualTo(Cohort.LEARNERS - 1);
        JsonNode headline = area.path("themes").path(scores.path("headline").asText());
        assertThat(headline.path("suppressed").asBoolean()).isFalse();
        assertThat(headline.path("value").asDouble()).isEqualTo(ANSWER);
        assertThat(scores.toString() + rates)
                .as("no result names or identifies a learner")
                .doesNotContain(learnerId.toString())
                .doesNotContain(cohort.learner().login());
    }

    private static Map<String, Object> answers(JsonNode questionnaire) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (JsonNode theme : questionnaire.path("themes")) {
            for (JsonNode item : theme.path("items")) {
                answers.put(item.path("key").asText(), ANSWER);
            }
        }
        return Map.of("answers", answers, "comments", Map.of());
    }

    private static JsonNode row(JsonNode rows, String field, String value) {
        for (JsonNode row : rows) {
            if (value.equals(row.path(field).asText())) {
                return row;
            }
        }
        throw new AssertionError("no row with " + field + " = " + value + " in " + rows);
    }
}
