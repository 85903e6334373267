package org.pare.learner.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.learner.support.Api.reflection;
import static org.pare.learner.support.Api.tokenFor;
import static org.pare.learner.support.SupervisorEvents.produce;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.learner.support.Eventually;
import org.pare.learner.support.Fixtures;
import org.pare.learner.support.LearnerApiSupport;
import org.pare.learner.support.SupervisorEvents;

@MicronautTest
class ReflectionEventsIT extends LearnerApiSupport {

    @Test
    void the_events_in_the_outbox_carry_no_title_or_answers() {
        // given
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = sharedReflection(on);
        // when
        var payloads = db().column("SELECT payload::text FROM outbox_event WHERE event_key = ?", id);
        var types = db().column("SELECT event_type FROM outbox_event WHERE event_key = ? ORDER BY seq", id);
        // then
        assertThat(types).containsExactly("pare.learner.ReflectionSubmitted.v1", "pare.learner.ReflectionShared.v1");
        assertThat(payloads).allSatisfy(p -> assertThat((String) p)
                .contains(id)
                .doesNotContain("Secret title", "A patient fell", "title", "answers", "what-happened"));
    }

    @Test
    void a_sign_off_from_supervisor_service_locks_the_reflection_and_a_redelivery_changes_nothing() throws Exception {
        // given
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = sharedReflection(on);
        var signedOff = SupervisorEvents.signedOff(id, on);
        // when
        produce(signedOff, signedOff);
        Eventually.within(Duration.ofSeconds(30), () -> "SIGNED_OFF".equals(state(on, id)));
        var edit = api().send("PUT", "/api/reflections/" + id, tokenFor(on.learner()), reflection("correction"));
        // then
        assertThat(edit.statusCode()).isEqualTo(409);
        assertThat(api().body(api().send("GET", "/api/reflections/" + id, tokenFor(on.learner()), null)))
                .containsEntry("signedOffAt", "2026-11-21T09:00:00Z")
                .containsEntry("locked", true);
        assertThat(db().count("SELECT count(*) FROM processed_event WHERE event_id = ?", signedOff.id()))
                .isEqualTo(1);
    }

    @Test
    void a_returned_reflection_can_be_edited_and_submitted_again() throws Exception {
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = sharedReflection(on);
        produce(SupervisorEvents.returned(id, on));

        Eventually.within(Duration.ofSeconds(30), () -> "RETURNED".equals(state(on, id)));
        var edit = api().send("PUT", "/api/reflections/" + id, tokenFor(on.learner()), reflection("deeper"));
        var submit = api().send("POST", "/api/reflections/" + id + "/submit", tokenFor(on.learner()), null);

        assertThat(edit.statusCode()).isEqualTo(200);
        assertThat(api().body(submit)).containsEntry("state", "SUBMITTED");
        // submitted before, so the answer still reads back whom it was shared with
        assertThat((List<?>) api().body(submit).get("sharedWith"))
                .singleElement()
                .satisfies(s -> assertThat(((Map<?, ?>) s).get("supervisorId"))
                        .isEqualTo(on.assessor().id().toString()));
    }

    @Test
    void a_sign_off_of_an_unknown_reflection_is_skipped_without_stopping_the_consumer() throws Exception {
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = sharedReflection(on);
        var stray = SupervisorEvents.signedOff(UUID.randomUUID().toString(), on);

        produce(stray, SupervisorEvents.signedOff(id, on));

        Eventually.within(Duration.ofSeconds(30), () -> "SIGNED_OFF".equals(state(on, id)));
        assertThat(db().count("SELECT count(*) FROM processed_event WHERE event_id = ?", stray.id()))
                .isEqualTo(1);
    }
}
