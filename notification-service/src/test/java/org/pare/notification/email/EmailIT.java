package org.pare.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.evaluation.events.EvaluationTopics;
import org.pare.learner.events.LearnerTopics;
import org.pare.notification.support.Api;
import org.pare.notification.support.Events;
import org.pare.notification.support.Fixtures;
import org.pare.notification.support.NotificationTestSupport;
import org.pare.notification.support.Smtp;

/** Events in, e-mails out of a real SMTP server: one per message, the same Message-ID on a resend, retries. */
@MicronautTest(transactional = false)
class EmailIT extends NotificationTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void an_evaluation_invitation_is_emailed_to_the_learner_with_the_link_in_both_bodies() throws Exception {
        var on = aPlacement();
        UUID invitationId = UUID.randomUUID();

        Events.publish(invited(on, invitationId));

        await().atMost(WAIT).until(() -> Smtp.to(on.learner().email()).size() == 1);
        MimeMessage mail = Smtp.to(on.learner().email()).get(0);
        assertThat(mail.getSubject()).isEqualTo("Please evaluate your placement");
        String link = "http://localhost:8083/evaluation/" + invitationId;
        String body = Smtp.body(mail);
        assertThat(body)
                .contains("text/plain")
                .contains("text/html")
                .contains("href=\"" + link)
                .contains(link);
        String messageId = (String)
                api().messages(Api.tokenFor(on.learner(), "LEARNER")).get(0).get("id");
        assertThat(Smtp.messageId(mail)).startsWith("<").contains("@pare.notification>");
        await().atMost(WAIT).until(() -> "SENT".equals(state(messageId)));
    }

    @Test
    void an_event_delivered_twice_sends_one_email() {
        var on = aPlacement();
        var event = invited(on, UUID.randomUUID());

        Events.publish(event, event, invited(on, UUID.randomUUID()));

        await().atMost(WAIT).until(() -> Smtp.to(on.learner().email()).size() == 2);
        assertThat(rows().count(
                                "SELECT count(*) FROM outgoing_email WHERE recipient_person = ?",
                                on.learner().id()))
                .isEqualTo(2);
    }

    @Test
    void a_resend_after_a_crash_between_sending_and_marking_carries_the_same_message_id() {
        var on = aPlacement();
        Events.publish(invited(on, UUID.randomUUID()));
        await().atMost(WAIT).until(() -> Smtp.to(on.learner().email()).size() == 1);
        await().atMost(WAIT)
                .until(() -> rows().count(
                                        "SELECT count(*) FROM outgoing_email WHERE recipient_person = ? AND state = 'SENT'",
                                        on.learner().id())
                        == 1);

        // the crash: the mail went, but the row still says a sender holds it, and that sender's lease ran out
        rows().update(
                        "UPDATE outgoing_email SET state = 'SENDING', lease_until = now() - interval '1 second'"
                                + " WHERE recipient_person = ?",
                        on.learner().id());

        await().atMost(WAIT).until(() -> Smtp.to(on.learner().email()).size() == 2);
        List<MimeMessage> mails = Smtp.to(on.learner().email());
        assertThat(Smtp.messageId(mails.get(1))).isEqualTo(Smtp.messageId(mails.get(0)));
    }

    @Test
    void a_person_without_an_address_yet_is_emailed_once_the_directory_gives_one() {
        var on = aPlacement();
        var late = Fixtures.aPerson("late");
        Events.publish(Events.of(
                "pare.learner.PersonRegistered.v1",
                LearnerTopics.PERSON,
                Map.of("personId", late.id(), "loginId", late.loginId(), "name", "Late", "email", "")));
        Events.publish(Events.of(
                "pare.supervisor.FeedbackGiven.v1",
                org.pare.supervisor.events.SupervisorTopics.FEEDBACK,
                Map.of(
                        "feedbackId",
                        UUID.randomUUID(),
                        "learnerId",
                        late.id(),
                        "supervisorId",
                        on.supervisor().id())));
        await().atMost(WAIT)
                .until(() -> rows().count(
                                        "SELECT count(*) FROM outgoing_email WHERE recipient_person = ? AND attempts >= 1",
                                        late.id())
                        == 1);

        Events.publish(Fixtures.registered(late));

        await().atMost(WAIT).until(() -> Smtp.to(late.email()).size() == 1);
        await().atMost(WAIT)
                .until(() -> rows().count(
                                        "SELECT count(*) FROM outgoing_email WHERE recipient_person = ? AND state = 'SENT'",
                                        late.id())
                        == 1);
    }

    @Test
    void an_email_that_keeps_failing_is_marked_failed_after_the_last_try_and_shown_in_the_inbox() {
        var nowhere = Fixtures.aPerson("nowhere");
        Events.publish(Events.of(
                "pare.learner.PersonRegistered.v1",
                LearnerTopics.PERSON,
                Map.of(
                        "personId",
                        nowhere.id(),
                        "loginId",
                        nowhere.loginId(),
                        "name",
                        "N",
                        "email",
                        "not an address")));
        await().atMost(WAIT)
                .until(() -> rows().count("SELECT count(*) FROM person WHERE person_id = ?", nowhere.id()) == 1);
        Events.publish(Events.of(
                "pare.supervisor.FeedbackGiven.v1",
                org.pare.supervisor.events.SupervisorTopics.FEEDBACK,
                Map.of("feedbackId", UUID.randomUUID(), "learnerId", nowhere.id(), "supervisorId", UUID.randomUUID())));

        await().atMost(WAIT)
                .until(() -> rows().count(
                                        "SELECT count(*) FROM outgoing_email WHERE recipient_person = ? AND state = 'FAILED'",
                                        nowhere.id())
                        == 1);
        var row = rows().list(
                        "SELECT attempts, last_error FROM outgoing_email WHERE recipient_person = ?", nowhere.id())
                .get(0);
        assertThat(row.get("attempts")).isEqualTo(3);
        assertThat((String) row.get("last_error")).isNotBlank();
        assertThat(api().messages(Api.tokenFor(nowhere, "LEARNER")).get(0)).containsEntry("email", "FAILED");
    }

    @Test
    void a_trusts_education_leads_are_emailed_at_the_contact_address_they_set() {
        var on = aPlacement();
        String lead = Api.token("EDUCATION_LEAD", "lead-" + UUID.randomUUID(), on.trustId());
        String team = "education-" + on.trustId().toString().substring(0, 8) + "@trust.example";
        var set = api().send("PUT", "/api/organisation-contact", lead, "{\"email\": \"" + team + "\"}");
        assertThat(set.statusCode()).isEqualTo(200);

        Events.publish(Events.of(
                "pare.evaluation.LearnerFlaggedForSupport.v1",
                EvaluationTopics.SUPPORT_FLAG,
                Map.of(
                        "flagId", UUID.randomUUID(),
                        "learnerId", on.learner().id(),
                        "trustId", on.trustId(),
                        "academicAssessorId", on.academic().id())));

        await().atMost(WAIT)
                .until(() -> Smtp.to(team).size() == 1
                        && Smtp.to(on.academic().email()).size() == 1);
        assertThat(Smtp.body(Smtp.to(team).get(0))).contains("http://localhost:8083/dashboard");
    }

    @Test
    void no_email_goes_to_someone_who_turned_email_off_but_the_inbox_still_has_it() {
        var on = aPlacement();
        String token = Api.tokenFor(on.learner(), "LEARNER");
        var put = api().send(
                        "PUT",
                        "/api/preferences",
                        token,
                        "{\"email\": false, \"quietFrom\": \"21:00\", \"quietUntil\": \"07:00\", \"dailyDigest\": false}");
        assertThat(put.statusCode()).isEqualTo(200);

        Events.publish(invited(on, UUID.randomUUID()));

        await().atMost(WAIT).until(() -> api().messages(token).size() == 1);
        assertThat(rows().count(
                                "SELECT count(*) FROM outgoing_email WHERE recipient_person = ?",
                                on.learner().id()))
                .isZero();
    }

    private String state(String messageId) {
        return (String) rows().list("SELECT state FROM outgoing_email WHERE message_id = ?", UUID.fromString(messageId))
                .get(0)
                .get("state");
    }

    static org.pare.messaging.EventEnvelope invited(Fixtures.Placement on, UUID invitationId) {
        return Events.of(
                "pare.evaluation.EvaluationInvited.v1",
                EvaluationTopics.EVALUATION,
                Map.of(
                        "invitationId", invitationId,
                        "learnerId", on.learner().id(),
                        "placementId", on.placementId(),
                        "invitedAt", java.time.Instant.now().toString()));
    }
}
