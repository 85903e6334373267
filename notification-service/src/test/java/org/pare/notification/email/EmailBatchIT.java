package org.pare.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.learner.events.LearnerTopics;
import org.pare.notification.email.app.SendingEmails;
import org.pare.notification.support.Events;
import org.pare.notification.support.Fixtures;
import org.pare.notification.support.NotificationTestSupport;
import org.pare.notification.support.Smtp;
import org.pare.supervisor.events.SupervisorTopics;

/** A claimed batch goes over one SMTP connection; one bad e-mail in it fails alone. No sender threads here. */
@MicronautTest(transactional = false)
class EmailBatchIT extends NotificationTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SendingEmails sending;

    @Inject
    MeterRegistry meters;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("pare.notification.email.enabled", "false");
    }

    @Test
    void a_batch_is_sent_over_one_connection_and_a_bad_email_in_it_does_not_stop_or_mark_the_others() {
        // given four e-mails to a learner and one to a person whose address is not one
        var on = aPlacement();
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
        for (var learner : new Fixtures.Person[] {on.learner(), on.learner(), nowhere, on.learner(), on.learner()}) {
            Events.publish(feedbackTo(learner, on.supervisor()));
        }
        await().atMost(WAIT)
                .until(() -> rows().count("SELECT count(*) FROM outgoing_email WHERE state = 'PENDING'") == 5);
        double connectionsBefore =
                meters.counter("pare.notification.email.connections").count();

        // when
        int claimed = sending.sendDue();

        // then
        assertThat(claimed).isEqualTo(5);
        assertThat(meters.counter("pare.notification.email.connections").count() - connectionsBefore)
                .isEqualTo(1.0);
        assertThat(Smtp.to(on.learner().email())).hasSize(4);
        assertThat(Smtp.to(on.learner().email()).stream().map(Smtp::messageId).distinct())
                .hasSize(4);
        assertThat(rows().count(
                                "SELECT count(*) FROM outgoing_email WHERE recipient_person = ? AND state = 'SENT'",
                                on.learner().id()))
                .isEqualTo(4);
        var bad = rows().list(
                        "SELECT state, attempts, last_error FROM outgoing_email WHERE recipient_person = ?",
                        nowhere.id())
                .get(0);
        assertThat(bad).containsEntry("state", "PENDING").containsEntry("attempts", 1);
        assertThat((String) bad.get("last_error")).isNotBlank();
    }

    private static org.pare.messaging.EventEnvelope feedbackTo(Fixtures.Person learner, Fixtures.Person supervisor) {
        return Events.of(
                "pare.supervisor.FeedbackGiven.v1",
                SupervisorTopics.FEEDBACK,
                Map.of("feedbackId", UUID.randomUUID(), "learnerId", learner.id(), "supervisorId", supervisor.id()));
    }
}
