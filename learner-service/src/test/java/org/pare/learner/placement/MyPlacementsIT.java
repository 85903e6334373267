package org.pare.learner.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.learner.support.Api.tokenFor;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pare.learner.support.Fixtures;
import org.pare.learner.support.LearnerApiSupport;
import org.pare.testing.OidcProvider;

/** A learner reads their own placements with the people on them, and nobody else's. */
@MicronautTest
class MyPlacementsIT extends LearnerApiSupport {

    @Test
    @SuppressWarnings("unchecked")
    void a_learner_reads_their_placement_with_its_supervisor_and_assessors() {
        var on = Fixtures.aLearnerOnPlacement(db());

        var answer = api().send("GET", "/api/placements/mine", tokenFor(on.learner()), null);

        assertThat(answer.statusCode()).isEqualTo(200);
        var placements = (List<Map<String, Object>>) json(answer.body());
        assertThat(placements).singleElement().satisfies(p -> {
            assertThat(p)
                    .containsEntry("placementId", on.placementId().toString())
                    .containsEntry("area", "Ward 7")
                    .containsEntry("status", "ACTIVE");
            assertThat((List<Map<String, Object>>) p.get("people"))
                    .extracting(person -> person.get("personId") + " " + person.get("role"))
                    .containsExactlyInAnyOrder(
                            on.supervisor().id() + " PRACTICE_SUPERVISOR",
                            on.assessor().id() + " PRACTICE_ASSESSOR",
                            on.academicAssessor().id() + " ACADEMIC_ASSESSOR");
        });
    }

    @Test
    void the_supervisor_and_another_learner_see_none_of_the_learners_placements() {
        var on = Fixtures.aLearnerOnPlacement(db());
        var other = Fixtures.aLearnerOnPlacement(db());

        for (var reader : List.of(on.supervisor(), other.learner())) {
            var answer = api().send("GET", "/api/placements/mine", tokenFor(reader), null);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).doesNotContain(on.placementId().toString());
        }
    }

    @Test
    void an_unknown_person_is_refused_and_no_token_is_unauthorised() {
        String stranger = OidcProvider.get().tokens().forRole("LEARNER", "nobody-" + System.nanoTime(), null);

        assertThat(api().send("GET", "/api/placements/mine", stranger, null).statusCode())
                .isEqualTo(403);
        assertThat(api().send("GET", "/api/placements/mine", null, null).statusCode())
                .isEqualTo(401);
    }

    private Object json(String body) {
        try {
            return this.json.readValue(body, Object.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
