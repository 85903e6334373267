package org.pare.learner.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.learner.support.Api.tokenFor;
import static org.pare.learner.support.SupervisorEvents.produce;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.learner.support.Eventually;
import org.pare.learner.support.Fixtures;
import org.pare.learner.support.LearnerApiSupport;
import org.pare.learner.support.SupervisorEvents;

@MicronautTest
class FeedbackAndCorrectionIT extends LearnerApiSupport {

    @Test
    void feedback_given_on_a_reflection_is_shown_to_the_learner_with_it() throws Exception {
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = sharedReflection(on);
        UUID feedbackId = UUID.randomUUID();

        produce(SupervisorEvents.feedbackGiven(feedbackId, id, on));

        Eventually.within(
                Duration.ofSeconds(30), () -> api().send("GET", "/api/reflections/" + id, tokenFor(on.learner()), null)
                        .body()
                        .contains(feedbackId.toString()));
    }

    @Test
    void feedback_not_about_a_reflection_is_listed_among_the_feedback_received() throws Exception {
        var on = Fixtures.aLearnerOnPlacement(db());
        UUID feedbackId = UUID.randomUUID();

        produce(SupervisorEvents.feedbackGiven(feedbackId, null, on));

        Eventually.within(Duration.ofSeconds(30), () -> api().send("GET", "/api/feedback", tokenFor(on.learner()), null)
                .body()
                .contains(feedbackId.toString()));
    }

    @Test
    void a_signed_off_reflection_is_corrected_by_a_new_record_linked_to_it() throws Exception {
        // given
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = sharedReflection(on);
        produce(SupervisorEvents.signedOff(id, on));
        Eventually.within(Duration.ofSeconds(30), () -> "SIGNED_OFF".equals(state(on, id)));
        // when
        var created = api().send("POST", "/api/reflections", tokenFor(on.learner()), correctionOf(id));
        // then
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(api().body(created)).containsEntry("correctionOf", id).containsEntry("state", "DRAFT");
        assertThat(state(on, id)).isEqualTo("SIGNED_OFF");
    }

    @Test
    void a_correction_of_a_reflection_that_is_not_signed_off_is_refused_with_422() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = sharedReflection(on);

        var created = api().send("POST", "/api/reflections", tokenFor(on.learner()), correctionOf(id));

        assertThat(created.statusCode()).isEqualTo(422);
    }

    static String correctionOf(String id) {
        return "{\"title\": \"Correction\", \"date\": \"2026-11-21\", \"correctionOf\": \"" + id + "\"}";
    }
}
