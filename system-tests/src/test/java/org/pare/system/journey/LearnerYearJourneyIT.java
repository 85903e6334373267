package org.pare.system.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.system.harness.PareSystem;

/**
 * A learner's year through the whole system: the four services as separate processes, one Kafka broker, one
 * PostgreSQL, the OpenID Connect provider and an SMTP server. Every step asserts what the person would see
 * through the public APIs, and what they were told (inbox and e-mail). Time: the placement ends when the
 * university records an end date in the past; schedules are short (see TestSchedules).
 */
class LearnerYearJourneyIT {
    private final PareSystem system = PareSystem.get();
    private final Cohort cohort = Cohort.fresh();
    private final People people = new People(system, cohort);
    private final Messages messages = new Messages(system.notification().url(), system.mail());
    private final LocalDate today = LocalDate.now();
    private final String learnerUrl = system.learner().url();
    private final String supervisorUrl = system.supervisor().url();
    private final String evaluationUrl = system.evaluation().url();

    @Test
    void a_learners_year_from_allocation_to_the_dashboard_tells_each_person_what_they_need_to_know() {
        UUID assessorId = allocation_is_uploaded_and_the_learner_sees_their_placement();
        UUID reflectionId = the_learner_shares_a_reflection_with_the_assessor_for_sign_off(assessorId);
        UUID learnerId = a_supervisor_gives_feedback_through_the_learners_code();
        the_assessor_signs_the_reflection_off(reflectionId);
        the_assessor_holds_the_initial_interview_and_the_learner_confirms_it();
        low_check_in_and_a_concern_flag_the_learner_for_support(learnerId);
        the_placement_ends_and_each_learner_is_invited_then_reminded_to_evaluate();
        five_of_six_learners_return_their_evaluation();
        the_lead_sees_the_return_rate_and_scores_of_the_ward(learnerId);
    }

    private UUID allocation_is_uploaded_and_the_learner_sees_their_placement() {
        JsonNode report = people.admin()
                .postCsv(
                        learnerUrl + "/api/allocations", cohort.allocationCsv(today.minusDays(20), today.plusDays(20)));
        assertThat(report.path("rows")).hasSize(Cohort.LEARNERS);
        assertThat(report.path("rows").findValuesAsText("outcome")).containsOnly("ALLOCATED");

        JsonNode placement =
                people.learner().get(learnerUrl + "/api/placements/mine").get(0);
        assertThat(placement.path("area").asText()).isEqualTo(cohort.area());
        assertThat(placement.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(placement.path("people").findValuesAsText("name"))
                .contains(cohort.supervisor().name(), cohort.assessor().name());
        people.leadSetsTheTrustsContactAddress();
        return personOn(placement, "PRACTICE_ASSESSOR");
    }

    private UUID the_learner_shares_a_reflection_with_the_assessor_for_sign_off(UUID assessorId) {
        var learner = people.learner();
        JsonNode draft = learner.post(learnerUrl + "/api/reflections", Reflections.quickCapture(today));
        String id = draft.path("id").asText();
        learner.post(learnerUrl + "/api/reflections/" + id + "/submit", null);
        JsonNode shared = learner.post(
                learnerUrl + "/api/reflections/" + id + "/share",
                Map.of("supervisorIds", List.of(assessorId), "purpose", "SIGN_OFF"));
        assertThat(shared.path("state").asText()).isEqualTo("SHARED");

        var assessor = people.assessor();
        await().atMost(Messages.PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(
                        assessor.get(supervisorUrl + "/api/queue").findValuesAsText("reflectionId"))
                .contains(id));
        assertThat(assessor.get(learnerUrl + "/api/shared-reflections/" + id)
                        .path("title")
                        .asText())
                .isEqualTo(Reflections.TITLE);
        assertThat(people.otherLearner()
                        .getAnswer(learnerUrl + "/api/reflections/" + id)
                        .status())
                .as("another learner asks for this learner's reflection")
                .isEqualTo(404);
        messages.assertToldByInboxAndEmail(assessor, cohort.assessor().email(), "REFLECTION_SHARED");
        assertThat(messages.awaitInbox(assessor, "REFLECTION_SHARED")
                        .path("actionUrl")
                        .asText())
                .isEqualTo(supervisorUrl + "/supervisor/reflections/" + id);
        return UUID.fromString(id);
    }

    private UUID a_supervisor_gives_feedback_through_the_learners_code() {
        String code = people.learner()
                .post(supervisorUrl + "/api/feedback-codes", null)
                .path("code")
                .asText();
        var supervisor = people.supervisor();
        JsonNode redeemed = supervisor.post(supervisorUrl + "/api/feedback-codes/" + code + "/redeem", null);
        assertThat(redeemed.path("learnerName").asText())
                .isEqualTo(cohort.learner().name());
        assertThat(supervisor
                        .postAnswer(supervisorUrl + "/api/feedback-codes/" + code + "/redeem", null)
                        .status())
                .as("a feedback code is single use")
                .isEqualTo(409);
        UUID learnerId = UUID.fromString(redeemed.path("learnerId").asText());
        supervisor.post(supervisorUrl + "/api/feedback", Reflections.feedback(learnerId));

        assertThat(people.learner().get(supervisorUrl + "/api/feedback/mine").findValuesAsText("wentWell"))
                .contains(Reflections.WENT_WELL);
        messages.assertToldByInboxAndEmail(people.learner(), cohort.learner().email(), "FEEDBACK_GIVEN");
        return learnerId;
    }

    private void the_assessor_signs_the_reflection_off(UUID reflectionId) {
        JsonNode signed =
                people.assessor().post(supervisorUrl + "/api/shared-reflections/" + reflectionId + "/sign-off", null);
        assertThat(signed.path("locked").asBoolean()).isTrue();

        await().atMost(Messages.PATIENCE).ignoreExceptions().untilAsserted(() -> assertThat(people.learner()
                        .get(learnerUrl + "/api/reflections/" + reflectionId)
                        .path("state")
                        .asText())
                .isEqualTo("SIGNED_OFF"));
        messages.assertToldByInboxAndEmail(people.learner(), cohort.learner().email(), "REFLECTION_SIGNED_OFF");
    }

    private void the_assessor_holds_the_initial_interview_and_the_learner_confirms_it() {
        JsonNode mine = await().atMost(Messages.PATIENCE)
                .ignoreExceptions()
                .until(() -> people.learner().get(supervisorUrl + "/api/interviews/mine"), list -> list.size() == 3);
        assertThat(mine.findValuesAsText("kind")).hasSize(3);
        String initial = mine.findValuesAsText("interviewId").get(0);
        JsonNode held = people.assessor()
                .post(
                        supervisorUrl + "/api/interviews/" + initial + "/complete",
                        Map.of("notes", "Settled in well.", "goals", "Lead a handover by week four."));
        assertThat(held.path("completedAt").isNull()).isFalse();
        JsonNode confirmed = people.learner().post(supervisorUrl + "/api/interviews/" + initial + "/confirm", null);
        assertThat(confirmed.path("learnerConfirmedAt").isNull()).isFalse();
    }

    private void low_check_in_and_a_concern_flag_the_learner_for_support(UUID learnerId) {
        SupportSteps.lowCheckInAndConcern(people, supervisorUrl, learnerUrl, learnerId, today);
        SupportSteps.assertFlaggedAndTold(people, messages, cohort, evaluationUrl, learnerId);
    }

    private void the_placement_ends_and_each_learner_is_invited_then_reminded_to_evaluate() {
        EvaluationSteps.placementEnds(people, cohort, learnerUrl, today);
        EvaluationSteps.invitedThenReminded(people, messages, cohort, evaluationUrl);
    }

    private void five_of_six_learners_return_their_evaluation() {
        EvaluationSteps.fiveReturn(people, cohort, evaluationUrl);
    }

    private void the_lead_sees_the_return_rate_and_scores_of_the_ward(UUID learnerId) {
        EvaluationSteps.dashboardShowsTheWard(people, cohort, evaluationUrl, today.minusDays(1), learnerId);
    }

    private static UUID personOn(JsonNode placement, String role) {
        for (JsonNode person : placement.path("people")) {
            if (role.equals(person.path("role").asText())) {
                return UUID.fromString(person.path("personId").asText());
            }
        }
        throw new AssertionError("no " + role + " on " + placement);
    }
}
