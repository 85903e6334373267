package org.pare.notification.preference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.notification.preference.app.SendingDigests;
import org.pare.notification.support.Api;
import org.pare.notification.support.Events;
import org.pare.notification.support.NotificationTestSupport;
import org.pare.notification.support.Smtp;

/** Each person's own channels, quiet hours and digest: validated, kept, and obeyed. */
@MicronautTest(transactional = false)
class PreferencesIT extends NotificationTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SendingDigests digests;

    @Test
    void a_person_sees_the_defaults_then_their_own_choice() {
        String token = Api.token("LEARNER", "prefs-" + UUID.randomUUID(), null);

        assertThat(api().body(api().get("/api/preferences", token)))
                .containsEntry("email", true)
                .containsEntry("dailyDigest", false);
        var put = api().send("PUT", "/api/preferences", token, body(true, "22:00", "06:30", "Europe/London", true));

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(api().body(api().get("/api/preferences", token)))
                .containsEntry("quietFrom", "22:00")
                .containsEntry("quietUntil", "06:30")
                .containsEntry("dailyDigest", true);
        assertThat(api().body(api().get("/api/preferences", Api.token("LEARNER", "someone-else", null))))
                .containsEntry("dailyDigest", false);
    }

    @Test
    void invalid_preferences_are_refused_with_a_problem_and_the_old_ones_kept() {
        String login = "prefs-" + UUID.randomUUID();
        String token = Api.token("LEARNER", login, null);
        api().send("PUT", "/api/preferences", token, body(false, "21:00", "07:00", "Europe/London", false));

        var responses = List.of(
                api().send("PUT", "/api/preferences", token, body(true, "25:00", "07:00", "Europe/London", false)),
                api().send("PUT", "/api/preferences", token, body(true, "21:00", "07:00", "Mars/Olympus", false)),
                api().send("PUT", "/api/preferences", token, "{\"email\": true"),
                api().send("PUT", "/api/preferences", token, "{}"),
                api().send("PUT", "/api/preferences", token, "{\"pad\": \"" + "x".repeat(20_000) + "\"}"),
                api().send("PUT", "/api/preferences", null, body(true, "21:00", "07:00", "Europe/London", false)));

        assertThat(responses).extracting(r -> r.statusCode()).containsExactly(400, 400, 400, 400, 413, 401);
        assertThat(responses.subList(0, 4))
                .allSatisfy(
                        r -> assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json"));
        assertThat(api().body(api().get("/api/preferences", token))).containsEntry("email", false);
    }

    @Test
    void an_email_due_in_quiet_hours_is_held_until_they_end() {
        var on = aPlacement();
        LocalTime now = LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        LocalTime until = now.plusHours(2);
        api().send(
                        "PUT",
                        "/api/preferences",
                        Api.tokenFor(on.learner(), "LEARNER"),
                        body(true, now.minusHours(1).toString(), until.toString(), "UTC", false));

        Events.publish(Events.feedbackFor(on));

        await().atMost(WAIT)
                .until(() -> rows().count(
                                        "SELECT count(*) FROM outgoing_email WHERE recipient_person = ?",
                                        on.learner().id())
                        == 1);
        var row = rows().list(
                        "SELECT state, not_before FROM outgoing_email WHERE recipient_person = ?",
                        on.learner().id())
                .get(0);
        assertThat(row.get("state")).isEqualTo("PENDING");
        Instant held = ((java.sql.Timestamp) row.get("not_before")).toInstant();
        assertThat(held.atOffset(ZoneOffset.UTC).toLocalTime()).isEqualTo(until);
        assertThat(held).isAfter(Instant.now());
        assertThat(Smtp.to(on.learner().email())).isEmpty();
    }

    @Test
    void someone_who_chose_a_digest_gets_one_email_listing_the_days_messages_once() throws Exception {
        var on = aPlacement();
        var chosen = api().send(
                        "PUT",
                        "/api/preferences",
                        Api.tokenFor(on.learner(), "LEARNER"),
                        body(true, "00:00", "00:00", "UTC", true));
        assertThat(chosen.statusCode()).as(chosen.body()).isBetween(200, 299);
        Events.publish(Events.feedbackFor(on), Events.feedbackFor(on));
        await().atMost(WAIT)
                .until(() ->
                        api().messages(Api.tokenFor(on.learner(), "LEARNER")).size() == 2);

        digests.send(Instant.now());
        digests.send(Instant.now());

        await().atMost(WAIT).until(() -> !Smtp.to(on.learner().email()).isEmpty());
        assertThat(Smtp.to(on.learner().email()))
                .as("e-mails to the learner: one digest, no single e-mails")
                .hasSize(1);
        var mail = Smtp.to(on.learner().email()).get(0);
        assertThat(mail.getSubject()).isEqualTo("Your daily summary: 2 new messages");
        assertThat(Smtp.body(mail)).contains("You have new feedback").contains("http://localhost:8081/learner");
        assertThat(rows().count(
                                "SELECT count(*) FROM outgoing_email WHERE recipient_person = ?",
                                on.learner().id()))
                .isZero();
    }

    private static String body(boolean email, String from, String until, String zone, boolean digest) {
        return """
                {"email": %s, "quietFrom": "%s", "quietUntil": "%s", "timeZone": "%s", "dailyDigest": %s}"""
                .formatted(email, from, until, zone, digest);
    }
}
