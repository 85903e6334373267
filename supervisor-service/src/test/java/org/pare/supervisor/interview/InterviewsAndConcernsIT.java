package org.pare.supervisor.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.supervisor.support.Api.tokenFor;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pare.supervisor.events.ConcernRaised;
import org.pare.supervisor.events.ConcernResolved;
import org.pare.supervisor.events.InterviewCompleted;
import org.pare.supervisor.events.InterviewOverdue;
import org.pare.supervisor.events.InterviewScheduled;
import org.pare.supervisor.events.SupervisorTopics;
import org.pare.supervisor.interview.app.AnnouncingOverdueInterviews;
import org.pare.supervisor.support.Fixtures;
import org.pare.supervisor.support.PublishedEvents;
import org.pare.supervisor.support.SupervisorApiSupport;

@MicronautTest(transactional = false)
class InterviewsAndConcernsIT extends SupervisorApiSupport {
    static final String PA = "PRACTICE_ASSESSOR";

    @Inject
    AnnouncingOverdueInterviews overdue;

    static final String HELD = "{\"notes\": \"Settled in well\", \"goals\": \"Lead a handover by week 3\"}";

    @Test
    void the_assessor_holds_the_initial_interview_and_the_learner_confirms_it() {
        var on = Fixtures.aLearnerOnPlacement(
                db(), LocalDate.now().minusDays(2), LocalDate.now().plusDays(40));
        var due = api().list(api().send("GET", "/api/interviews", tokenFor(on.assessor(), PA), null));
        assertThat(due).extracting(i -> i.get("kind")).containsExactly("INITIAL", "MID_POINT", "FINAL");
        assertThat(due.get(0))
                .containsEntry("dueOn", LocalDate.now().plusDays(5).toString());
        String id = (String) due.get(0).get("interviewId");
        assertThat(PublishedEvents.bodies(SupervisorTopics.INTERVIEW, InterviewScheduled.TYPE, id, 1))
                .hasSize(1);

        var early = api().send("POST", "/api/interviews/" + id + "/confirm", tokenFor(on.learner(), "LEARNER"), null);
        var bySupervisor =
                api().send("POST", "/api/interviews/" + id + "/complete", tokenFor(on.supervisor(), PA), HELD);
        var held = api().send("POST", "/api/interviews/" + id + "/complete", tokenFor(on.assessor(), PA), HELD);
        var again = api().send(
                        "POST",
                        "/api/interviews/" + id + "/complete",
                        tokenFor(on.assessor(), PA),
                        "{\"notes\": \"Rewritten\", \"goals\": \"x\"}");
        var byOtherLearner =
                api().send("POST", "/api/interviews/" + id + "/confirm", tokenFor(on.supervisor(), "LEARNER"), null);
        var confirmed =
                api().send("POST", "/api/interviews/" + id + "/confirm", tokenFor(on.learner(), "LEARNER"), null);

        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(bySupervisor.statusCode()).isEqualTo(404);
        assertThat(held.statusCode()).isEqualTo(200);
        assertThat(api().body(again)).containsEntry("notes", "Settled in well");
        assertThat(byOtherLearner.statusCode()).isEqualTo(404);
        assertThat(api().body(confirmed))
                .containsKey("learnerConfirmedAt")
                .extractingByKey("learnerConfirmedAt")
                .isNotNull();
        assertThat(PublishedEvents.bodies(SupervisorTopics.INTERVIEW, InterviewCompleted.TYPE, id, 1))
                .hasSize(1);
    }

    @Test
    void an_interview_past_its_due_date_is_announced_overdue_once() {
        var on = Fixtures.aLearnerOnPlacement(
                db(), LocalDate.now().minusDays(30), LocalDate.now().plusDays(10));
        String initial = (String) api().list(api().send("GET", "/api/interviews", tokenFor(on.assessor(), PA), null))
                .get(0)
                .get("interviewId");

        int first = overdue.announce(LocalDate.now());
        int second = overdue.announce(LocalDate.now());

        assertThat(db().column("SELECT overdue_for FROM interview WHERE id = ?::uuid", initial))
                .doesNotContainNull();
        assertThat(first).isGreaterThanOrEqualTo(2);
        assertThat(second).isZero();

        var announced = PublishedEvents.bodies(SupervisorTopics.INTERVIEW, InterviewOverdue.TYPE, initial, 1);
        assertThat(announced)
                .singleElement()
                .asString()
                .contains("INITIAL", on.assessor().id().toString());
    }

    @Test
    void a_supervisor_raises_a_concern_the_plan_is_reviewed_and_resolved_and_each_step_is_audited() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String raise =
                """
                {"learnerId": "%s", "category": "WELLBEING", "description": "Tearful after shifts",
                 "actions": "Weekly check-in", "supportOffered": "Occupational health referral", "reviewOn": "%s"}"""
                        .formatted(on.learner().id(), LocalDate.now().plusDays(7));

        var raised = api().send("POST", "/api/concerns", tokenFor(on.supervisor(), "PRACTICE_SUPERVISOR"), raise);
        String id = (String) api().body(raised).get("concernId");
        var reviewedByStranger = api().send(
                        "POST",
                        "/api/concerns/" + id + "/reviews",
                        tokenFor(Fixtures.aLearnerOnPlacement(db()).supervisor(), "PRACTICE_SUPERVISOR"),
                        "{\"notes\": \"x\"}");
        var reviewed = api().send(
                        "POST",
                        "/api/concerns/" + id + "/reviews",
                        tokenFor(on.assessor(), PA),
                        "{\"notes\": \"Improving\", \"nextReviewOn\": \""
                                + LocalDate.now().plusDays(14) + "\"}");
        var resolved = api().send(
                        "POST",
                        "/api/concerns/" + id + "/resolve",
                        tokenFor(on.supervisor(), "PRACTICE_SUPERVISOR"),
                        "{\"outcome\": \"RESOLVED\", \"notes\": \"Back to usual self\"}");
        var twice = api().send(
                        "POST",
                        "/api/concerns/" + id + "/resolve",
                        tokenFor(on.supervisor(), "PRACTICE_SUPERVISOR"),
                        "{\"outcome\": \"RESOLVED\", \"notes\": \"again\"}");

        assertThat(raised.statusCode()).isEqualTo(201);
        assertThat(reviewedByStranger.statusCode()).isEqualTo(404);
        assertThat(reviewed.statusCode()).isEqualTo(204);
        assertThat(resolved.statusCode()).isEqualTo(204);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(PublishedEvents.bodies(SupervisorTopics.CONCERN, ConcernRaised.TYPE, id, 1))
                .singleElement()
                .asString()
                .contains(on.academicAssessor().id().toString(), on.trustId().toString())
                .doesNotContain("Tearful");
        assertThat(PublishedEvents.bodies(SupervisorTopics.CONCERN, ConcernResolved.TYPE, id, 1))
                .hasSize(1);
        assertThat(db().column("SELECT action FROM audit_entry WHERE object_id = ?::uuid ORDER BY id", id))
                .containsExactly("CONCERN_RAISED", "CONCERN_REVIEWED", "CONCERN_RESOLVED");
    }

    @Test
    void a_concern_about_a_learner_not_assigned_or_with_bad_input_is_refused_and_nothing_is_kept() {
        var on = Fixtures.aLearnerOnPlacement(db());
        var other = Fixtures.aLearnerOnPlacement(db());
        String valid =
                """
                {"learnerId": "%s", "category": "PRACTICE", "description": "d", "actions": "a",
                 "supportOffered": "s", "reviewOn": "%s"}""";
        String ps = tokenFor(on.supervisor(), "PRACTICE_SUPERVISOR");

        Map<String, Integer> expected = Map.of(
                valid.formatted(other.learner().id(), LocalDate.now().plusDays(7)),
                404,
                valid.formatted(on.learner().id(), LocalDate.now().minusDays(1)),
                400,
                valid.formatted(on.learner().id(), LocalDate.now().plusDays(7)).replace("PRACTICE", "GOSSIP"),
                400,
                valid.formatted(on.learner().id(), LocalDate.now().plusDays(7)).replace("\"d\"", "\"\""),
                400,
                "{\"learnerId\": ",
                400);
        expected.forEach((body, status) -> assertThat(
                        api().send("POST", "/api/concerns", ps, body).statusCode())
                .as(body)
                .isEqualTo(status));
        assertThat(api().send(
                                "POST",
                                "/api/concerns",
                                tokenFor(on.learner(), "LEARNER"),
                                valid.formatted(
                                        on.learner().id(), LocalDate.now().plusDays(7)))
                        .statusCode())
                .isEqualTo(403);
        assertThat(db().count(
                                "SELECT count(*) FROM concern WHERE learner_id IN (?, ?)",
                                on.learner().id(),
                                other.learner().id()))
                .isZero();
    }
}
