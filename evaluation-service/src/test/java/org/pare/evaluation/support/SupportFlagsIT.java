package org.pare.evaluation.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.evaluation.events.LearnerFlaggedForSupport;
import org.pare.evaluation.events.LearnerSupportFlagClosed;
import org.pare.evaluation.support.app.SweepingSupportSignals;
import org.pare.evaluation.testing.EvaluationTestSupport;
import org.pare.evaluation.testing.Events;
import org.pare.evaluation.testing.Fixtures;
import org.pare.learner.events.LearnerTopics;
import org.pare.learner.events.PulseRecorded;
import org.pare.learner.events.ReflectionShared;
import org.pare.messaging.EventEnvelope;
import org.pare.supervisor.events.ConcernCategory;
import org.pare.supervisor.events.ConcernRaised;
import org.pare.supervisor.events.SupervisorTopics;

/** Flags raised from other services' events by the rules, seen and handled only by the right people. */
@MicronautTest(transactional = false)
class SupportFlagsIT extends EvaluationTestSupport {
    @Inject
    SweepingSupportSignals sweep;

    @Test
    void a_concern_raises_one_flag_announced_once_however_often_it_arrives() {
        var on = onPlacement(LocalDate.now().minusDays(3));
        var concern = concern(on);

        var another = concern(on);
        Events.produce(concern, concern, another);

        awaitReasons(on, "CONCERN_RAISED");
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(concern) && processed(another));
        assertThat(db().count(
                                "SELECT count(*) FROM support_flag WHERE learner_id = ?",
                                on.learner().id()))
                .isEqualTo(1);
        assertThat(db().column(
                                "SELECT payload::text FROM outbox_event WHERE event_type = ?",
                                LearnerFlaggedForSupport.TYPE))
                .filteredOn(p -> p.toString().contains(on.learner().id().toString()))
                .singleElement()
                .asString()
                .contains(
                        "CONCERN_RAISED",
                        on.academicAssessor().id().toString(),
                        on.area().trustId().toString());
    }

    @Test
    void three_low_check_ins_raise_a_low_pulse_and_a_request_for_contact_raises_its_own_reason() {
        var on = onPlacement(LocalDate.now().minusDays(3));

        Events.produce(pulse(on, 2, false, false), pulse(on, 1, false, false), pulse(on, 0, true, false));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db().count(
                                        "SELECT count(*) FROM pulse_checkin WHERE learner_id = ?",
                                        on.learner().id())
                        == 3);
        assertThat(db().count(
                                "SELECT count(*) FROM support_flag WHERE learner_id = ?",
                                on.learner().id()))
                .isZero();

        Events.produce(pulse(on, 3, true, false), pulse(on, 4, true, true));

        awaitReasons(on, "CONTACT_REQUESTED", "LOW_PULSE");
    }

    @Test
    void the_sweep_flags_a_silent_learner_and_a_waiting_sign_off_once_and_not_again_after_closing() {
        var on = onPlacement(LocalDate.now().minusDays(20));
        Events.produce(shared(on, Instant.now().minus(Duration.ofDays(16))));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db().count(
                                        "SELECT count(*) FROM sign_off_request WHERE learner_id = ?",
                                        on.learner().id())
                        == 1);

        sweep.sweep();
        sweep.sweep();

        assertThat(reasons(on)).containsExactlyInAnyOrder("NO_ACTIVITY", "SIGN_OFF_PENDING");
        assertThat(db().count(
                                "SELECT count(*) FROM outbox_event WHERE event_type = ? AND payload::text LIKE ?",
                                LearnerFlaggedForSupport.TYPE,
                                "%" + on.learner().id() + "%"))
                .isEqualTo(2);
        String flag = flagOf(on);
        var closed =
                api().send("POST", "/api/support-flags/" + flag + "/close", lead(on), "{\"note\": \"Spoke to them\"}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        sweep.sweep();
        assertThat(db().count(
                                "SELECT count(*) FROM support_flag WHERE learner_id = ?",
                                on.learner().id()))
                .isEqualTo(1);
    }

    @Test
    void the_lead_and_the_academic_assessor_handle_a_flag_and_the_learner_sees_who_will_contact_them() {
        var on = onPlacement(LocalDate.now().minusDays(3));
        Events.produce(concern(on));
        awaitReasons(on, "CONCERN_RAISED");
        String flag = flagOf(on);
        String aa = on.academicAssessor().token("ACADEMIC_ASSESSOR");

        var listed = api().list(api().get("/api/support-flags", lead(on)));
        var acknowledged =
                api().send("POST", "/api/support-flags/" + flag + "/acknowledge", aa, "{\"note\": \"Seen\"}");
        var assigned = api().send(
                        "POST",
                        "/api/support-flags/" + flag + "/assign",
                        lead(on),
                        "{\"assignee\": \"sam.pef\", \"contact\": \"Sam Patel, practice education facilitator\", \"note\": \"Sam will call\"}");
        var mine = api().body(api().get("/api/my-support", on.learner().token("LEARNER")));

        assertThat(listed).extracting(f -> f.get("id")).contains(flag);
        assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
        assertThat(api().body(assigned)).containsEntry("state", "ASSIGNED");
        assertThat(mine)
                .containsEntry("flagged", true)
                .containsEntry("contact", "Sam Patel, practice education facilitator");
        assertThat(mine.toString()).doesNotContain("CONCERN").doesNotContain("reason");
        assertThat(api().list(api().get("/api/support-flags", aa)).toString()).contains("Seen", "Sam will call");
    }

    @Test
    void nobody_else_sees_or_touches_a_flag_and_bad_requests_change_nothing() {
        var on = onPlacement(LocalDate.now().minusDays(3));
        Events.produce(concern(on));
        awaitReasons(on, "CONCERN_RAISED");
        String flag = flagOf(on);
        String otherLead = Fixtures.leadToken(UUID.randomUUID());
        String otherAssessor = registered(Fixtures.aPerson()).token("ACADEMIC_ASSESSOR");

        assertThat(api().get("/api/support-flags", otherLead).body()).doesNotContain(flag);
        assertThat(api().get("/api/support-flags", otherAssessor).body()).doesNotContain(flag);
        for (String token : List.of(otherLead, otherAssessor)) {
            assertThat(api().send("POST", "/api/support-flags/" + flag + "/close", token, "{\"note\": \"x\"}")
                            .statusCode())
                    .isEqualTo(404);
        }
        assertThat(api().get("/api/support-flags", on.learner().token("LEARNER"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().send("POST", "/api/support-flags/" + flag + "/close", lead(on), "{\"note\": \" \"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api().send("POST", "/api/support-flags/" + flag + "/close", lead(on), "{\"note\": ")
                        .statusCode())
                .isEqualTo(400);
        assertThat(db().column("SELECT state FROM support_flag WHERE id = ?::uuid", flag))
                .containsExactly("OPEN");
        assertThat(api().body(api().get("/api/my-support", Fixtures.aPerson().token("LEARNER")))
                        .toString())
                .contains("not known");
    }

    @Test
    void a_lead_changes_their_trusts_thresholds_within_bounds() {
        UUID trust = UUID.randomUUID();
        String lead = Fixtures.leadToken(trust);

        var changed = api().send(
                        "PUT",
                        "/api/support-flags/thresholds",
                        lead,
                        "{\"pulseNoAnswers\": 1, \"pulseLowCheckins\": 2, \"pulseWindow\": 4, \"inactivityDays\": 10, \"signOffPendingDays\": 5, \"environmentBottomPercent\": 20}");
        var tooWide = api().send(
                        "PUT",
                        "/api/support-flags/thresholds",
                        lead,
                        "{\"pulseNoAnswers\": 1, \"pulseLowCheckins\": 2, \"pulseWindow\": 4, \"inactivityDays\": 10, \"signOffPendingDays\": 5, \"environmentBottomPercent\": 60}");
        var refused = api().send(
                        "PUT",
                        "/api/support-flags/thresholds",
                        lead,
                        "{\"pulseNoAnswers\": 9, \"pulseLowCheckins\": 2, \"pulseWindow\": 4, \"inactivityDays\": 10, \"signOffPendingDays\": 5}");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(api().body(api().get("/api/support-flags/thresholds", lead)))
                .containsEntry("pulseWindow", 4)
                .containsEntry("environmentBottomPercent", 20);
        assertThat(tooWide.statusCode()).isEqualTo(400);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(api().body(api().get("/api/support-flags/thresholds", Fixtures.leadToken(UUID.randomUUID()))))
                .containsEntry("pulseWindow", 5);
    }

    @Test
    void closing_a_flag_announces_it_once_with_outcome_facts_and_never_the_note() {
        var on = onPlacement(LocalDate.now().minusDays(3));
        Events.produce(concern(on));
        awaitReasons(on, "CONCERN_RAISED");
        String flag = flagOf(on);
        String aa = on.academicAssessor().token("ACADEMIC_ASSESSOR");
        api().send(
                        "POST",
                        "/api/support-flags/" + flag + "/assign",
                        lead(on),
                        "{\"assignee\": \"sam.pef\", \"note\": \"Sam will call\"}");

        var closed = api().send(
                        "POST",
                        "/api/support-flags/" + flag + "/close",
                        aa,
                        "{\"note\": \"Talked about home worries\"}");
        var again = api().send("POST", "/api/support-flags/" + flag + "/close", lead(on), "{\"note\": \"Again\"}");

        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(db().column(
                                "SELECT payload::text FROM outbox_event WHERE event_type = ? AND payload::text LIKE ?",
                                LearnerSupportFlagClosed.TYPE,
                                "%" + flag + "%"))
                .singleElement()
                .asString()
                .contains("\"closedByRole\":\"ACADEMIC_ASSESSOR\"", "\"contactAssigned\":true", "CONCERN_RAISED")
                .contains(on.learner().id().toString(), on.area().trustId().toString())
                .doesNotContain("home worries")
                .doesNotContain("Sam will call");
        assertThat(api().body(api().get("/api/my-support", on.learner().token("LEARNER"))))
                .containsEntry("flagged", false);
    }

    @Test
    void every_read_of_a_flag_is_audited_and_only_the_trusts_lead_reads_the_audit() {
        var on = onPlacement(LocalDate.now().minusDays(3));
        Events.produce(concern(on));
        awaitReasons(on, "CONCERN_RAISED");
        String flag = flagOf(on);
        String aa = on.academicAssessor().token("ACADEMIC_ASSESSOR");

        api().get("/api/support-flags", aa);
        api().get("/api/support-flags", lead(on));
        var reads = api().list(api().get("/api/support-flags/reads?size=200", lead(on)));

        assertThat(reads)
                .filteredOn(r -> flag.equals(r.get("flagId")))
                .extracting(r -> r.get("readerLoginId") + "/" + r.get("readerRole") + "/" + r.get("kind"))
                .contains(
                        on.academicAssessor().loginId() + "/ACADEMIC_ASSESSOR/FLAG",
                        "lead-" + on.area().trustId() + "/EDUCATION_LEAD/FLAG");
        assertThat(reads)
                .filteredOn(r -> flag.equals(r.get("flagId")))
                .allMatch(r -> on.learner().id().toString().equals(r.get("learnerId")) && r.get("at") != null);
        assertThat(api().get("/api/support-flags/reads", Fixtures.leadToken(UUID.randomUUID()))
                        .body())
                .doesNotContain(flag);
        assertThat(api().get("/api/support-flags/reads", aa).statusCode()).isEqualTo(403);
        assertThat(api().get("/api/support-flags/reads", on.learner().token("LEARNER"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().get("/api/support-flags/reads?size=0", lead(on)).statusCode())
                .isEqualTo(400);
        assertThat(api().get("/api/support-flags/reads?size=1000", lead(on)).statusCode())
                .isEqualTo(400);
    }

    private Fixtures.Placement onPlacement(LocalDate start) {
        var p = new Fixtures.Placement(
                Fixtures.aPerson(),
                Fixtures.aPerson(),
                UUID.randomUUID(),
                Fixtures.anArea("Ward S"),
                start,
                start.plusWeeks(8));
        Events.produce(fixtures().allocated(p).toArray(EventEnvelope[]::new));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db().count("SELECT count(*) FROM placement WHERE id = ?", p.placementId()) == 1
                        && db().count(
                                                "SELECT count(*) FROM person WHERE id = ?",
                                                p.academicAssessor().id())
                                == 1);
        return p;
    }

    private Fixtures.Person registered(Fixtures.Person person) {
        onPlacement(LocalDate.now()); // someone else's placement; then this person
        var p = new Fixtures.Placement(
                person,
                Fixtures.aPerson(),
                UUID.randomUUID(),
                Fixtures.anArea("Ward T"),
                LocalDate.now(),
                LocalDate.now().plusWeeks(4));
        Events.produce(fixtures().allocated(p).toArray(EventEnvelope[]::new));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> db().count("SELECT count(*) FROM person WHERE id = ?", person.id()) == 1);
        return person;
    }

    private EventEnvelope concern(Fixtures.Placement on) {
        return events().of(
                        "supervisor-service",
                        SupervisorTopics.CONCERN,
                        ConcernRaised.TYPE,
                        UUID.randomUUID(),
                        new ConcernRaised(
                                UUID.randomUUID(),
                                on.learner().id(),
                                on.placementId(),
                                UUID.randomUUID(),
                                ConcernCategory.WELLBEING,
                                on.academicAssessor().id(),
                                on.area().trustId(),
                                LocalDate.now().plusDays(7),
                                Instant.now()));
    }

    private EventEnvelope pulse(Fixtures.Placement on, int daysAgo, boolean low, boolean contact) {
        return events().of(
                        "learner-service",
                        LearnerTopics.PULSE,
                        PulseRecorded.TYPE,
                        on.learner().id(),
                        new PulseRecorded(
                                UUID.randomUUID(),
                                on.learner().id(),
                                LocalDate.now().minusDays(daysAgo),
                                !low,
                                !low,
                                true,
                                null,
                                contact,
                                Instant.now()));
    }

    private EventEnvelope shared(Fixtures.Placement on, Instant at) {
        UUID reflection = UUID.randomUUID();
        return events().of(
                        "learner-service",
                        LearnerTopics.REFLECTION,
                        ReflectionShared.TYPE,
                        reflection,
                        new ReflectionShared(
                                reflection,
                                on.learner().id(),
                                on.placementId(),
                                List.of(UUID.randomUUID()),
                                at,
                                ReflectionShared.Purpose.SIGN_OFF));
    }

    private Events events() {
        return new Events(json);
    }

    private static String lead(Fixtures.Placement on) {
        return Fixtures.leadToken(on.area().trustId());
    }

    private boolean processed(EventEnvelope e) {
        return db().count("SELECT count(*) FROM processed_event WHERE event_id = ?", e.id()) == 1;
    }

    private void awaitReasons(Fixtures.Placement on, String... reasons) {
        await().atMost(Duration.ofSeconds(20)).until(() -> reasons(on).containsAll(List.of(reasons)));
    }

    private List<Object> reasons(Fixtures.Placement on) {
        return db().column(
                        "SELECT DISTINCT r.reason FROM support_flag_reason r JOIN support_flag f ON f.id = r.flag_id"
                                + " WHERE f.learner_id = ?",
                        on.learner().id());
    }

    private String flagOf(Fixtures.Placement on) {
        return db().column(
                        "SELECT id::text FROM support_flag WHERE learner_id = ?",
                        on.learner().id())
                .get(0)
                .toString();
    }
}
