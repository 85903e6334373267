package org.pare.notification.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.pare.evaluation.events.EvaluationTopics;
import org.pare.learner.events.LearnerTopics;
import org.pare.notification.reminder.app.SweepingReminders;
import org.pare.notification.support.Api;
import org.pare.notification.support.Events;
import org.pare.notification.support.Fixtures;
import org.pare.notification.support.NotificationTestSupport;
import org.pare.supervisor.events.SupervisorTopics;

/** Reminder clocks started and stopped by events, swept at chosen instants, once each even with two instances. */
@MicronautTest(transactional = false)
class RemindersIT extends NotificationTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SweepingReminders sweeper;

    @Test
    void a_waiting_sign_off_reminds_the_supervisor_once_after_48_hours_then_tells_the_assessor_after_7_days() {
        var on = aPlacement();
        Instant sharedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID reflectionId = UUID.randomUUID();
        Events.publish(shared(on, reflectionId, sharedAt));
        await().atMost(WAIT).until(() -> reminders(reflectionId) == 2);

        sweeper.sweep(sharedAt.plus(Duration.ofHours(47)));
        assertThat(kinds(on.supervisor())).containsExactly("REFLECTION_SHARED");

        sweeper.sweep(sharedAt.plus(Duration.ofHours(49)));
        sweeper.sweep(sharedAt.plus(Duration.ofHours(50)));
        assertThat(kinds(on.supervisor())).containsExactlyInAnyOrder("REFLECTION_SHARED", "SIGN_OFF_REMINDER");
        assertThat(kinds(on.assessor())).isEmpty();

        sweeper.sweep(sharedAt.plus(Duration.ofDays(7)).plusSeconds(60));
        assertThat(kinds(on.assessor())).containsExactly("SIGN_OFF_ESCALATION");
        assertThat(kinds(on.supervisor())).hasSize(2);
        // the e-mail is intended for the sweep's instant, a week ahead of this test's clock
        assertThat(rows().count(
                                "SELECT count(*) FROM outgoing_email WHERE recipient_person = ? AND state = 'PENDING'",
                                on.assessor().id()))
                .isEqualTo(1);
    }

    @Test
    void a_sign_off_stops_the_clock_for_that_reflection() {
        var on = aPlacement();
        Instant sharedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID reflectionId = UUID.randomUUID();
        Events.publish(shared(on, reflectionId, sharedAt));
        await().atMost(WAIT).until(() -> reminders(reflectionId) == 2);

        Events.publish(Events.of(
                "pare.supervisor.ReflectionSignedOff.v1",
                SupervisorTopics.SIGN_OFF,
                Map.of(
                        "reflectionId",
                        reflectionId,
                        "learnerId",
                        on.learner().id(),
                        "supervisorId",
                        on.supervisor().id())));
        await().atMost(WAIT).until(() -> kinds(on.learner()).contains("REFLECTION_SIGNED_OFF"));

        sweeper.sweep(sharedAt.plus(Duration.ofDays(8)));
        assertThat(kinds(on.supervisor())).containsExactly("REFLECTION_SHARED");
        assertThat(kinds(on.assessor())).isEmpty();
    }

    @Test
    void an_open_evaluation_is_reminded_after_3_and_7_days_then_no_more_and_a_returned_one_never() {
        var on = aPlacement();
        var other = aPlacement();
        Instant invitedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID returned = UUID.randomUUID();
        Events.publish(invited(on, UUID.randomUUID(), invitedAt), invited(other, returned, invitedAt));
        Events.publish(Events.of(
                "pare.evaluation.EvaluationSubmitted.v1",
                EvaluationTopics.EVALUATION,
                Map.of(
                        "invitationId",
                        returned,
                        "learnerId",
                        other.learner().id(),
                        "placementId",
                        other.placementId())));
        await().atMost(WAIT)
                .until(() -> rows().count(
                                        "SELECT count(*) FROM scheduled_reminder WHERE subject_id = ? AND state = 'CANCELLED'",
                                        returned)
                        == 2);

        sweeper.sweep(invitedAt.plus(Duration.ofDays(3)).plusSeconds(60));
        assertThat(kinds(on.learner())).containsExactlyInAnyOrder("EVALUATION_INVITED", "EVALUATION_REMINDER");
        sweeper.sweep(invitedAt.plus(Duration.ofDays(7)).plusSeconds(60));
        sweeper.sweep(invitedAt.plus(Duration.ofDays(60)));

        assertThat(kinds(on.learner()))
                .filteredOn("EVALUATION_REMINDER"::equals)
                .hasSize(2);
        assertThat(kinds(other.learner())).containsExactly("EVALUATION_INVITED");
    }

    @Test
    void the_assessor_is_reminded_before_an_interview_is_due_and_not_after_it_is_held() {
        var on = aPlacement();
        LocalDate dueOn = LocalDate.now().plusDays(20);
        UUID due = UUID.randomUUID();
        UUID held = UUID.randomUUID();
        Events.publish(interview(on, due, dueOn), interview(on, held, dueOn.plusDays(1)));
        Events.publish(Events.of(
                "pare.supervisor.InterviewCompleted.v1",
                SupervisorTopics.INTERVIEW,
                Map.of(
                        "interviewId",
                        held,
                        "placementId",
                        on.placementId(),
                        "learnerId",
                        on.learner().id(),
                        "practiceAssessorId",
                        on.assessor().id())));
        await().atMost(WAIT)
                .until(() -> rows().count(
                                        "SELECT count(*) FROM scheduled_reminder WHERE subject_id = ? AND state = 'CANCELLED'",
                                        held)
                        == 1);

        Instant twoDaysBefore = dueOn.minusDays(2)
                .atTime(9, 1)
                .atZone(ZoneId.of("Europe/London"))
                .toInstant();
        sweeper.sweep(twoDaysBefore.minusSeconds(3600));
        assertThat(kinds(on.assessor())).isEmpty();
        sweeper.sweep(dueOn.plusDays(5).atStartOfDay(ZoneId.of("Europe/London")).toInstant());

        assertThat(kinds(on.assessor())).containsExactly("INTERVIEW_DUE");
    }

    @Test
    void two_instances_sweeping_the_same_database_at_once_send_each_reminder_exactly_once() throws Exception {
        UUID learner = UUID.randomUUID();
        int due = 600;
        rows().update(
                        """
                INSERT INTO scheduled_reminder (id, kind, subject_id, learner_id, due_at, state, created_at)
                SELECT gen_random_uuid(), 'EVALUATION_REMINDER', gen_random_uuid(), ?, now() - interval '1 minute',
                       'PENDING', now()
                FROM generate_series(1, ?)""",
                        learner,
                        due);
        Map<String, Object> second = new HashMap<>(getProperties());
        second.put("pare.messaging.consumers-enabled", "false");
        second.put("pare.messaging.relay-enabled", "false");
        second.put("pare.notification.email.enabled", "false");
        try (ApplicationContext other = ApplicationContext.run(second, "test")) {
            SweepingReminders otherSweeper = other.getBean(SweepingReminders.class);
            Instant now = Instant.now();

            var mine = CompletableFuture.supplyAsync(() -> sweeper.sweep(now));
            var theirs = CompletableFuture.supplyAsync(() -> otherSweeper.sweep(now));

            assertThat(mine.get() + theirs.get()).isEqualTo(due);
            assertThat(mine.get()).isPositive();
            assertThat(theirs.get()).isPositive();
        }
        assertThat(rows().count("SELECT count(*) FROM inbox_message WHERE recipient_person = ?", learner))
                .isEqualTo(due);
        assertThat(rows().count(
                                "SELECT count(*) FROM scheduled_reminder WHERE learner_id = ? AND state = 'DONE'",
                                learner))
                .isEqualTo(due);
    }

    private long reminders(UUID subject) {
        return rows().count("SELECT count(*) FROM scheduled_reminder WHERE subject_id = ?", subject);
    }

    private List<Object> kinds(Fixtures.Person person) {
        return api().messages(Api.tokenFor(person, "LEARNER")).stream()
                .map(m -> m.get("kind"))
                .toList();
    }

    static org.pare.messaging.EventEnvelope shared(Fixtures.Placement on, UUID reflectionId, Instant at) {
        return Events.of(
                "pare.learner.ReflectionShared.v1",
                LearnerTopics.REFLECTION,
                Map.of(
                        "reflectionId", reflectionId,
                        "learnerId", on.learner().id(),
                        "placementId", on.placementId(),
                        "supervisorIds", List.of(on.supervisor().id()),
                        "sharedAt", at.toString(),
                        "purpose", "SIGN_OFF"));
    }

    static org.pare.messaging.EventEnvelope invited(Fixtures.Placement on, UUID invitationId, Instant at) {
        return Events.of(
                "pare.evaluation.EvaluationInvited.v1",
                EvaluationTopics.EVALUATION,
                Map.of(
                        "invitationId", invitationId,
                        "learnerId", on.learner().id(),
                        "placementId", on.placementId(),
                        "invitedAt", at.toString()));
    }

    static org.pare.messaging.EventEnvelope interview(Fixtures.Placement on, UUID interviewId, LocalDate dueOn) {
        return Events.of(
                "pare.supervisor.InterviewScheduled.v1",
                SupervisorTopics.INTERVIEW,
                Map.of(
                        "interviewId", interviewId,
                        "placementId", on.placementId(),
                        "learnerId", on.learner().id(),
                        "practiceAssessorId", on.assessor().id(),
                        "dueOn", dueOn.toString()));
    }
}
