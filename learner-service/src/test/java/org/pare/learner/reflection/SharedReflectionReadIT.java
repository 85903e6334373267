package org.pare.learner.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.learner.support.Api.tokenFor;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.learner.support.Fixtures;
import org.pare.learner.support.LearnerApiSupport;

/** A supervisor reads a reflection shared with them, every read is audited, and nobody else reads it. */
@MicronautTest
class SharedReflectionReadIT extends LearnerApiSupport {

    @Test
    void the_assessor_it_was_shared_with_reads_it_and_the_read_is_logged_for_the_learner() {
        // given
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = sharedReflection(on);
        // when
        var read = api().send("GET", "/api/shared-reflections/" + id, tokenFor(on.assessor()), null);
        // then
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(api().body(read))
                .containsEntry("title", "Secret title")
                .containsEntry("learnerId", on.learner().id().toString())
                .containsEntry("purpose", "SIGN_OFF");
        assertThat(db().count(
                                "SELECT count(*) FROM record_access WHERE reader_id = ? AND record_id = ?::uuid",
                                on.assessor().id(),
                                id))
                .isEqualTo(1);
        var log = api().send("GET", "/api/record-access", tokenFor(on.learner()), null);
        assertThat(log.body()).contains(on.assessor().id().toString()).contains(id);
    }

    @Test
    void a_supervisor_of_the_placement_it_was_not_shared_with_gets_not_found_and_nothing_is_logged() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = sharedReflection(on);

        var read = api().send("GET", "/api/shared-reflections/" + id, tokenFor(on.supervisor()), null);

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(read.body()).doesNotContain("Secret title");
        assertThat(db().count("SELECT count(*) FROM record_access WHERE record_id = ?::uuid", id))
                .isZero();
    }

    @Test
    void the_learner_themself_and_a_stranger_get_not_found_and_an_unknown_id_is_not_found_too() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = sharedReflection(on);
        var stranger = Fixtures.aPerson(db());

        for (var reader : List.of(on.learner(), stranger, on.academicAssessor())) {
            assertThat(api().send("GET", "/api/shared-reflections/" + id, tokenFor(reader), null)
                            .statusCode())
                    .isEqualTo(404);
        }
        assertThat(api().send("GET", "/api/shared-reflections/" + UUID.randomUUID(), tokenFor(on.assessor()), null)
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_malformed_id_is_a_bad_request_and_no_token_is_unauthorised() {
        var on = Fixtures.aLearnerOnPlacement(db());

        var malformed = api().send("GET", "/api/shared-reflections/not-a-uuid", tokenFor(on.assessor()), null);
        var anonymous = api().send("GET", "/api/shared-reflections/" + UUID.randomUUID(), null, null);

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void another_service_page_may_call_it_cross_origin() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = sharedReflection(on);

        var preflight = api().send(
                        "OPTIONS",
                        "/api/shared-reflections/" + id,
                        null,
                        null,
                        "Origin",
                        "http://localhost:8082",
                        "Access-Control-Request-Method",
                        "GET",
                        "Access-Control-Request-Headers",
                        "authorization");

        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .contains("http://localhost:8082");
    }
}
