package org.pare.evaluation.action;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pare.evaluation.action.app.SweepingOverdueActions;
import org.pare.evaluation.events.AreaActionCreated;
import org.pare.evaluation.events.AreaActionOverdue;
import org.pare.evaluation.events.AreaActionUpdated;
import org.pare.evaluation.events.EvaluationOverdue;
import org.pare.evaluation.invitation.app.RemindingOpenInvitations;
import org.pare.evaluation.testing.EvaluationTestSupport;
import org.pare.evaluation.testing.Fixtures;

/** Area action plans, their events and overdue sweep; area details; reminders for open invitations. */
@MicronautTest(transactional = false)
class AreaActionsIT extends EvaluationTestSupport {
    @Inject
    SweepingOverdueActions overdueActions;

    @Inject
    RemindingOpenInvitations reminders;

    final Fixtures.Area area = Fixtures.anArea("Ward P");
    Fixtures.Placement current;
    UUID invitation;

    @BeforeAll
    void anAreaWithALearnerOnIt() {
        var finished = Fixtures.aPlacement(area, lastMonth());
        invitation = invited(finished);
        current = new Fixtures.Placement(
                Fixtures.aPerson(),
                Fixtures.aPerson(),
                UUID.randomUUID(),
                area,
                LocalDate.now(),
                LocalDate.now().plusWeeks(6));
        org.pare.evaluation.testing.Events.produce(
                fixtures().allocated(current).toArray(org.pare.messaging.EventEnvelope[]::new));
        org.awaitility.Awaitility.await()
                .until(() -> db().count("SELECT count(*) FROM placement WHERE id = ?", current.placementId()) == 1);
    }

    @Test
    void a_lead_agrees_an_action_and_the_next_learners_read_what_was_done() {
        var created = api().send(
                        "POST",
                        "/api/areas/" + area.areaId() + "/actions",
                        lead(),
                        action("IN_PROGRESS", LocalDate.now().plusDays(30)));
        String id = (String) api().body(created).get("id");
        var updated = api().send(
                        "PUT",
                        "/api/actions/" + id,
                        lead(),
                        action("DONE", LocalDate.now().plusDays(30)));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(api().body(updated)).containsEntry("status", "DONE");
        assertThat(events(AreaActionCreated.TYPE, id)).isEqualTo(1);
        assertThat(events(AreaActionUpdated.TYPE, id)).isEqualTo(1);
        var lines =
                api().body(api().get("/api/you-said-we-did", current.learner().token("LEARNER")));
        assertThat(lines.get("lines").toString())
                .contains("Ward P", ": You said handovers were rushed; we set a 15 minute handover");
        assertThat(api().list(api().get("/api/areas/" + area.areaId() + "/actions", lead())))
                .hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void an_overdue_action_is_shown_and_announced_once_per_due_date() {
        var created = api().send(
                        "POST",
                        "/api/areas/" + area.areaId() + "/actions",
                        lead(),
                        action("PLANNED", LocalDate.now().minusDays(2)));
        String id = (String) api().body(created).get("id");

        overdueActions.sweep();
        overdueActions.sweep();

        assertThat(events(AreaActionOverdue.TYPE, id)).isEqualTo(1);
        assertThat(api().list(api().get("/api/actions/overdue", lead())))
                .extracting(a -> a.get("id"))
                .contains(id);
        api().send(
                        "PUT",
                        "/api/actions/" + id,
                        lead(),
                        action("PLANNED", LocalDate.now().minusDays(1)));
        overdueActions.sweep();
        assertThat(events(AreaActionOverdue.TYPE, id)).isEqualTo(2);
    }

    @Test
    void actions_of_another_trust_or_with_bad_terms_are_refused_and_nothing_is_kept() {
        String otherLead = Fixtures.leadToken(UUID.randomUUID());
        var created = api().send(
                        "POST",
                        "/api/areas/" + area.areaId() + "/actions",
                        lead(),
                        action("PLANNED", LocalDate.now().plusDays(3)));
        String id = (String) api().body(created).get("id");
        long before = db().count("SELECT count(*) FROM area_action");

        var otherCreates = api().send(
                        "POST",
                        "/api/areas/" + area.areaId() + "/actions",
                        otherLead,
                        action("PLANNED", LocalDate.now()));
        var otherUpdates = api().send("PUT", "/api/actions/" + id, otherLead, action("DONE", LocalDate.now()));
        var badTheme = api().send(
                        "POST",
                        "/api/areas/" + area.areaId() + "/actions",
                        lead(),
                        action("PLANNED", LocalDate.now()).replace("supervision", "parking"));
        var noOwner = api().send(
                        "POST",
                        "/api/areas/" + area.areaId() + "/actions",
                        lead(),
                        action("PLANNED", LocalDate.now()).replace("lead.north@trust.example", ""));
        var badStatus = api().send(
                        "POST",
                        "/api/areas/" + area.areaId() + "/actions",
                        lead(),
                        action("PLANNED", LocalDate.now()).replace("PLANNED", "FINISHED"));
        var learner = api().send(
                        "POST",
                        "/api/areas/" + area.areaId() + "/actions",
                        current.learner().token("LEARNER"),
                        action("PLANNED", LocalDate.now()));

        assertThat(otherCreates.statusCode()).isEqualTo(404);
        assertThat(otherUpdates.statusCode()).isEqualTo(404);
        assertThat(badTheme.statusCode()).isEqualTo(400);
        assertThat(badTheme.body()).contains("parking");
        assertThat(noOwner.statusCode()).isEqualTo(400);
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(learner.statusCode()).isEqualTo(403);
        assertThat(db().count("SELECT count(*) FROM area_action")).isEqualTo(before);
        assertThat(db().column("SELECT status FROM area_action WHERE id = ?::uuid", id))
                .containsExactly("PLANNED");
    }

    @Test
    void a_lead_corrects_an_areas_details_and_no_one_else_can() {
        var edited = api().send(
                        "PUT",
                        "/api/areas/" + area.areaId(),
                        lead(),
                        "{\"name\": \"Ward P (surgical)\", \"professionGroups\": [\"NURSING\", \"MIDWIFERY\"], \"contact\": \"ward.p@trust.example\", \"capacity\": 6}");
        var other = api().send(
                        "PUT",
                        "/api/areas/" + area.areaId(),
                        Fixtures.leadToken(UUID.randomUUID()),
                        "{\"name\": \"Mine now\"}");
        var negative = api().send("PUT", "/api/areas/" + area.areaId(), lead(), "{\"name\": \"x\", \"capacity\": -1}");

        assertThat(api().body(edited)).containsEntry("capacity", 6).containsEntry("name", "Ward P (surgical)");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(api().list(api().get("/api/areas", lead())))
                .extracting(a -> a.get("name"))
                .contains("Ward P (surgical)");
    }

    @Test
    void an_open_invitation_is_announced_overdue_once_at_three_and_once_at_seven_days() {
        db().execute("UPDATE invitation SET invited_at = now() - interval '4 days' WHERE id = ?", invitation);
        reminders.remind();
        reminders.remind();
        assertThat(events(EvaluationOverdue.TYPE, invitation.toString())).isEqualTo(1);

        db().execute("UPDATE invitation SET invited_at = now() - interval '8 days' WHERE id = ?", invitation);
        reminders.remind();
        reminders.remind();
        assertThat(db().column(
                                "SELECT payload::text FROM outbox_event WHERE event_type = ? AND event_key = ?",
                                EvaluationOverdue.TYPE,
                                invitation.toString()))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p.toString()).contains("\"daysOpen\":7"));
    }

    private long events(String type, String key) {
        return db().count("SELECT count(*) FROM outbox_event WHERE event_type = ? AND event_key = ?", type, key);
    }

    private String lead() {
        return Fixtures.leadToken(area.trustId());
    }

    private static String action(String status, LocalDate due) {
        return """
                {"owner": "lead.north@trust.example", "dueOn": "%s", "status": "%s", "themes": ["supervision"],
                 "description": "Protected handover time", "youSaidWeDid": "You said handovers were rushed; we set a 15 minute handover"}"""
                .formatted(due, status);
    }
}
