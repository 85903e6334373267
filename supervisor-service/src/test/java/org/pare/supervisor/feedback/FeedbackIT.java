package org.pare.supervisor.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.supervisor.support.Api.tokenFor;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.supervisor.events.FeedbackGiven;
import org.pare.supervisor.events.SupervisorTopics;
import org.pare.supervisor.feedback.app.RedeemingFeedbackCodes;
import org.pare.supervisor.support.Fixtures;
import org.pare.supervisor.support.PublishedEvents;
import org.pare.supervisor.support.SupervisorApiSupport;

@MicronautTest(transactional = false)
class FeedbackIT extends SupervisorApiSupport {
    static final String PS = "PRACTICE_SUPERVISOR";

    String codeFor(Fixtures.Person learner) {
        var issued = api().send("POST", "/api/feedback-codes", tokenFor(learner, "LEARNER"), null);
        assertThat(issued.statusCode()).isEqualTo(201);
        return (String) api().body(issued).get("code");
    }

    static String feedback(UUID learner) {
        return """
                {"learnerId": "%s", "tags": ["communication", "compassion"], "wentWell": "Calm with a worried relative",
                 "toDevelop": "Hand over sooner"}"""
                .formatted(learner);
    }

    @Test
    void a_learner_gets_a_short_code_with_a_qr_code_valid_for_ten_minutes() {
        var on = Fixtures.aLearnerOnPlacement(db());

        var body = api().body(api().send("POST", "/api/feedback-codes", tokenFor(on.learner(), "LEARNER"), null));

        assertThat((String) body.get("code")).matches("[A-HJKMNP-Z2-9]{6}");
        assertThat((String) body.get("url")).endsWith("/supervisor/feedback?code=" + body.get("code"));
        assertThat((String) body.get("qrSvg")).startsWith("<svg").contains("<path d=\"M");
        assertThat(Instant.parse((String) body.get("expiresAt")))
                .isBetween(Instant.now().plusSeconds(590), Instant.now().plusSeconds(610));
        assertThat(db().count("SELECT count(*) FROM feedback_code WHERE code_hash = ?", body.get("code")))
                .isZero();
    }

    @Test
    void an_assigned_supervisor_redeems_the_code_and_gives_feedback_that_is_published_without_its_text() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String code = codeFor(on.learner());
        String token = tokenFor(on.supervisor(), PS);

        var redeemed = api().send("POST", "/api/feedback-codes/" + code.toLowerCase() + "/redeem", token, null);
        var given =
                api().send("POST", "/api/feedback", token, feedback(on.learner().id()), "Idempotency-Key", "k-1");
        var retried =
                api().send("POST", "/api/feedback", token, feedback(on.learner().id()), "Idempotency-Key", "k-1");

        assertThat(redeemed.statusCode()).isEqualTo(200);
        assertThat(api().body(redeemed))
                .containsEntry("learnerId", on.learner().id().toString())
                .containsEntry("learnerName", on.learner().name());
        assertThat(given.statusCode()).isEqualTo(201);
        String id = (String) api().body(given).get("feedbackId");
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(api().body(retried)).containsEntry("feedbackId", id);
        assertThat(PublishedEvents.bodies(SupervisorTopics.FEEDBACK, FeedbackGiven.TYPE, id, 1))
                .singleElement()
                .asString()
                .contains("communication", "compassion", on.learner().id().toString())
                .doesNotContain("worried relative");
        var mine = api().list(api().send("GET", "/api/feedback/mine", tokenFor(on.learner(), "LEARNER"), null));
        assertThat(mine).singleElement().satisfies(f -> assertThat(f)
                .containsEntry("wentWell", "Calm with a worried relative")
                .containsEntry("supervisorName", on.supervisor().name()));
        var other = Fixtures.aPerson(db());
        assertThat(api().list(api().send("GET", "/api/feedback/mine", tokenFor(other, "LEARNER"), null)))
                .isEmpty();
    }

    @Test
    void a_used_code_cannot_be_used_again() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String code = codeFor(on.learner());
        api().send("POST", "/api/feedback-codes/" + code + "/redeem", tokenFor(on.supervisor(), PS), null);

        var again = api().send(
                        "POST",
                        "/api/feedback-codes/" + code + "/redeem",
                        tokenFor(on.assessor(), "PRACTICE_ASSESSOR"),
                        null);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already used");
    }

    @Test
    void an_expired_code_is_refused_as_gone() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String code = codeFor(on.learner());
        db().execute(
                        "UPDATE feedback_code SET expires_at = now() - interval '1 second' WHERE learner_id = ?",
                        on.learner().id());

        var late = api().send("POST", "/api/feedback-codes/" + code + "/redeem", tokenFor(on.supervisor(), PS), null);

        assertThat(late.statusCode()).isEqualTo(410);
        assertThat(late.body()).contains("expired");
    }

    @Test
    void a_code_of_a_learner_not_assigned_to_the_supervisor_finds_nobody_and_stays_usable() {
        var on = Fixtures.aLearnerOnPlacement(db());
        var other = Fixtures.aLearnerOnPlacement(db());
        String code = codeFor(on.learner());

        var wrong =
                api().send("POST", "/api/feedback-codes/" + code + "/redeem", tokenFor(other.supervisor(), PS), null);
        var unknown = api().send("POST", "/api/feedback-codes/ZZZZZZ/redeem", tokenFor(on.supervisor(), PS), null);
        var right = api().send("POST", "/api/feedback-codes/" + code + "/redeem", tokenFor(on.supervisor(), PS), null);

        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(api().send(
                                "POST",
                                "/api/feedback",
                                tokenFor(other.supervisor(), PS),
                                feedback(on.learner().id()))
                        .statusCode())
                .isEqualTo(404);
        assertThat(db().count(
                                "SELECT count(*) FROM feedback WHERE learner_id = ?",
                                on.learner().id()))
                .isZero();
    }

    @Test
    void guessing_codes_is_stopped_after_a_few_attempts_a_minute() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String token = tokenFor(on.supervisor(), PS);
        String code = codeFor(on.learner());

        for (int i = 0; i < RedeemingFeedbackCodes.ATTEMPTS_PER_MINUTE; i++) {
            assertThat(api().send("POST", "/api/feedback-codes/AAAAA" + (2 + i % 8) + "/redeem", token, null)
                            .statusCode())
                    .isEqualTo(404);
        }
        var limited = api().send("POST", "/api/feedback-codes/" + code + "/redeem", token, null);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(db().count(
                                "SELECT count(*) FROM feedback_code WHERE used_at IS NOT NULL AND learner_id = ?",
                                on.learner().id()))
                .isZero();
    }

    @Test
    void bad_feedback_is_refused_with_a_problem_and_nothing_is_kept() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String token = tokenFor(on.supervisor(), PS);
        UUID learner = on.learner().id();

        var noTags = api().send(
                        "POST",
                        "/api/feedback",
                        token,
                        feedback(learner).replace("\"communication\", \"compassion\"", ""));
        var unknownTag =
                api().send("POST", "/api/feedback", token, feedback(learner).replace("compassion", "vibes"));
        var malformed = api().send("POST", "/api/feedback", token, "{\"learnerId\": ");
        var huge = api().send(
                        "POST",
                        "/api/feedback",
                        token,
                        feedback(learner).replace("Hand over sooner", "x".repeat(40_000)));
        var learnerGiving = api().send("POST", "/api/feedback", tokenFor(on.learner(), "LEARNER"), feedback(learner));
        var supervisorAskingCode = api().send("POST", "/api/feedback-codes", token, null);

        assertThat(noTags.statusCode()).isEqualTo(400);
        assertThat(unknownTag.statusCode()).isEqualTo(400);
        assertThat(unknownTag.body()).contains("tags");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(learnerGiving.statusCode()).isEqualTo(403);
        assertThat(supervisorAskingCode.statusCode()).isEqualTo(403);
        assertThat(db().count("SELECT count(*) FROM feedback WHERE learner_id = ?", learner))
                .isZero();
    }
}
