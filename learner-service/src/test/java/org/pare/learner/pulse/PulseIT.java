package org.pare.learner.pulse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.learner.support.Api.tokenFor;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.pare.learner.support.Fixtures;
import org.pare.learner.support.LearnerApiSupport;

@MicronautTest
class PulseIT extends LearnerApiSupport {
    static final String CHECK_IN =
            """
            {"treatedWithDignity": true, "hadWhatTheyNeeded": false, "recognised": false, "mood": 2,
             "note": "Nobody talked to me all shift", "contactRequested": true}""";

    @Test
    void a_learner_checks_in_once_a_day_and_a_second_check_in_is_refused_with_409() {
        // given
        var on = Fixtures.aLearnerOnPlacement(db());
        String token = tokenFor(on.learner());
        // when
        var first = api().send("POST", "/api/pulse", token, CHECK_IN);
        var second = api().send("POST", "/api/pulse", token, CHECK_IN);
        var today = api().send("GET", "/api/pulse/today", token, null);
        // then
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(api().body(today))
                .containsEntry("mood", 2)
                .containsEntry("contactRequested", true)
                .containsEntry("note", "Nobody talked to me all shift");
    }

    @Test
    void the_pulse_event_carries_the_answers_and_the_contact_request_but_not_the_note() {
        var on = Fixtures.aLearnerOnPlacement(db());

        api().send("POST", "/api/pulse", tokenFor(on.learner()), CHECK_IN);

        var payloads = db().column(
                        "SELECT payload::text FROM outbox_event WHERE topic = 'pare.learner.pulse' AND event_key = ?",
                        on.learner().id().toString());
        assertThat(payloads).hasSize(1);
        assertThat((String) payloads.get(0))
                .contains("\"contactRequested\":true", "\"hadWhatTheyNeeded\":false")
                .doesNotContain("Nobody talked", "note");
    }

    @Test
    void before_checking_in_today_is_not_found() {
        var on = Fixtures.aLearnerOnPlacement(db());

        assertThat(api().send("GET", "/api/pulse/today", tokenFor(on.learner()), null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_check_in_without_the_three_answers_is_refused_with_400() {
        var on = Fixtures.aLearnerOnPlacement(db());

        var response = api().send("POST", "/api/pulse", tokenFor(on.learner()), "{\"mood\": 3}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("treatedWithDignity");
    }

    @Test
    void a_note_over_1000_characters_is_refused_with_400_naming_the_field() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String body = "{\"treatedWithDignity\": true, \"hadWhatTheyNeeded\": true, \"recognised\": true, \"note\": \""
                + "n".repeat(1001) + "\"}";

        var response = api().send("POST", "/api/pulse", tokenFor(on.learner()), body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("note");
    }
}
