package org.pare.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pare.learner.events.LearnerTopics;
import org.pare.notification.support.Api;
import org.pare.notification.support.Events;
import org.pare.notification.support.Fixtures;
import org.pare.notification.support.NotificationTestSupport;
import org.pare.notification.support.Smtp;

/** An education lead sees the e-mails that failed for good for their own trust's people, and retries one. */
@MicronautTest(transactional = false)
class FailedEmailsIT extends NotificationTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private Fixtures.Placement on;
    private String failedId;

    @BeforeAll
    void aLearnerWhoseEmailFailedForGood() {
        on = aPlacement();
        Events.publish(withAddress(on.learner(), "not an address"));
        await().atMost(WAIT)
                .until(() -> rows().count(
                                        "SELECT count(*) FROM person WHERE person_id = ? AND email = 'not an address'",
                                        on.learner().id())
                        == 1);
        Events.publish(Events.feedbackFor(on));
        await().atMost(WAIT).until(() -> failedOf(on.learner()).size() == 1);
        failedId = failedOf(on.learner()).get(0);
    }

    @Test
    void the_education_lead_of_the_learners_trust_sees_the_failed_email_with_its_reason_and_attempts() {
        // when
        HttpResponse<String> response = api().get("/api/failed-emails", lead(on.trustId()));

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> emails =
                (List<Map<String, Object>>) api().body(response).get("emails");
        assertThat(emails).hasSize(1);
        assertThat(emails.get(0))
                .containsEntry("id", failedId)
                .containsEntry("address", "not an address")
                .containsEntry("attempts", 3)
                .containsEntry("recipientName", "Test " + on.learner().loginId());
        assertThat((String) emails.get(0).get("reason")).isNotBlank();
    }

    @Test
    void a_lead_of_another_trust_sees_none_and_cannot_retry_it() {
        // given
        String otherLead = lead(UUID.randomUUID());

        // when
        HttpResponse<String> list = api().get("/api/failed-emails", otherLead);
        HttpResponse<String> retry = api().send("POST", "/api/failed-emails/" + failedId + "/retry", otherLead, null);

        // then
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat((List<?>) api().body(list).get("emails")).isEmpty();
        assertThat(retry.statusCode()).isEqualTo(404);
        assertThat(retry.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(failedOf(on.learner())).containsExactly(failedId);
    }

    @Test
    void people_who_are_not_education_leads_and_callers_without_a_token_are_refused() {
        // given
        String learner = Api.tokenFor(on.learner(), "LEARNER");
        String supervisor = Api.token("PRACTICE_SUPERVISOR", on.supervisor().loginId(), on.trustId());

        // then
        assertThat(api().get("/api/failed-emails", learner).statusCode()).isEqualTo(403);
        assertThat(api().get("/api/failed-emails", supervisor).statusCode()).isEqualTo(403);
        assertThat(api().send("POST", "/api/failed-emails/" + failedId + "/retry", supervisor, null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().get("/api/failed-emails", null).statusCode()).isEqualTo(401);
    }

    @Test
    void bad_paging_and_a_malformed_id_get_a_problem_not_a_stack_trace() {
        String lead = lead(on.trustId());

        HttpResponse<String> tooBig = api().get("/api/failed-emails?size=1000", lead);
        HttpResponse<String> notAnId = api().send("POST", "/api/failed-emails/not-a-uuid/retry", lead, null);

        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(notAnId.statusCode()).isEqualTo(400);
        assertThat(notAnId.body()).doesNotContain("at org.", "Exception");
    }

    @Test
    void a_retry_after_the_address_is_fixed_sends_the_email_and_a_second_retry_finds_nothing_to_retry() {
        // given a second failed e-mail, and the learner's address corrected in the directory copy without the
        // re-arming a PersonChanged event brings, so only the lead's retry can send it
        var other = aPlacement();
        Events.publish(withAddress(other.learner(), "also not an address"));
        await().atMost(WAIT)
                .until(() -> rows().count(
                                        "SELECT count(*) FROM person WHERE person_id = ? AND email LIKE 'also%'",
                                        other.learner().id())
                        == 1);
        Events.publish(Events.feedbackFor(other));
        await().atMost(WAIT).until(() -> failedOf(other.learner()).size() == 1);
        String id = failedOf(other.learner()).get(0);
        rows().update(
                        "UPDATE person SET email = ? WHERE person_id = ?",
                        other.learner().email(),
                        other.learner().id());
        String lead = lead(other.trustId());

        // when
        HttpResponse<String> retry = api().send("POST", "/api/failed-emails/" + id + "/retry", lead, null);
        HttpResponse<String> again = api().send("POST", "/api/failed-emails/" + id + "/retry", lead, null);

        // then
        assertThat(retry.statusCode()).isEqualTo(204);
        assertThat(again.statusCode()).isEqualTo(404);
        await().atMost(WAIT).until(() -> Smtp.to(other.learner().email()).size() == 1);
        await().atMost(WAIT)
                .until(() -> rows().count(
                                        "SELECT count(*) FROM outgoing_email WHERE id = ? AND state = 'SENT'",
                                        UUID.fromString(id))
                        == 1);
    }

    private static String lead(UUID trust) {
        return Api.token("EDUCATION_LEAD", "lead-" + UUID.randomUUID(), trust);
    }

    private List<String> failedOf(Fixtures.Person person) {
        return rows()
                .list(
                        "SELECT id::text AS id FROM outgoing_email WHERE recipient_person = ? AND state = 'FAILED'",
                        person.id())
                .stream()
                .map(row -> (String) row.get("id"))
                .toList();
    }

    private static org.pare.messaging.EventEnvelope withAddress(Fixtures.Person person, String email) {
        return Events.of(
                "pare.learner.PersonChanged.v1",
                LearnerTopics.PERSON,
                Map.of(
                        "personId",
                        person.id(),
                        "loginId",
                        person.loginId(),
                        "name",
                        "Test " + person.loginId(),
                        "email",
                        email));
    }
}
