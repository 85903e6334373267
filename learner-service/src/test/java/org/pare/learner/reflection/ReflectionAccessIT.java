package org.pare.learner.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.learner.support.Api.reflection;
import static org.pare.learner.support.Api.tokenFor;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.learner.support.Fixtures;
import org.pare.learner.support.LearnerApiSupport;
import org.pare.testing.OidcProvider;

@MicronautTest
class ReflectionAccessIT extends LearnerApiSupport {

    @Test
    void another_learners_reflection_is_not_found() {
        // given
        var owner = Fixtures.aLearnerOnPlacement(db());
        var other = Fixtures.aLearnerOnPlacement(db());
        String id = idOf(tokenFor(owner.learner()));
        // when
        var read = api().send("GET", "/api/reflections/" + id, tokenFor(other.learner()), null);
        var edit = api().send("PUT", "/api/reflections/" + id, tokenFor(other.learner()), reflection("mine now"));
        var submit = api().send("POST", "/api/reflections/" + id + "/submit", tokenFor(other.learner()), null);
        // then
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(edit.statusCode()).isEqualTo(404);
        assertThat(submit.statusCode()).isEqualTo(404);
        assertThat(read.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void the_learners_own_supervisor_cannot_read_the_reflection_here() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = idOf(tokenFor(on.learner()));
        String supervisorToken = OidcProvider.get()
                .tokens()
                .forRole("PRACTICE_SUPERVISOR", on.supervisor().loginId(), UUID.randomUUID());

        var read = api().send("GET", "/api/reflections/" + id, supervisorToken, null);

        assertThat(read.statusCode()).isEqualTo(404);
    }

    @Test
    void a_request_without_a_token_is_refused_with_401() {
        var response = api().send("POST", "/api/reflections", null, reflection("anon"));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void an_admin_unknown_to_the_people_directory_is_refused_with_403_problem() {
        String admin = OidcProvider.get().tokens().forRole("PLACEMENT_ADMIN", "admin-" + UUID.randomUUID(), null);

        var create = api().send("POST", "/api/reflections", admin, reflection("admin"));
        var list = api().send("GET", "/api/reflections", admin, null);

        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(create.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void an_admin_in_the_directory_cannot_read_a_learners_reflection() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String id = idOf(tokenFor(on.learner()));
        var adminPerson = Fixtures.aPerson(db());
        String admin = OidcProvider.get().tokens().forRole("PLACEMENT_ADMIN", adminPerson.loginId(), null);

        assertThat(api().send("GET", "/api/reflections/" + id, admin, null).statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_title_over_200_characters_is_refused_with_400_naming_the_field() {
        var on = Fixtures.aLearnerOnPlacement(db());

        var response = api().send("POST", "/api/reflections", tokenFor(on.learner()), reflection("t".repeat(201)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("title");
    }

    @Test
    void answers_over_20000_characters_are_refused_with_400_naming_the_field() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String body =
                """
                {"title": "long", "date": "2026-11-20", "answers": {"what-happened": "%s", "what-i-did": "%s"}}"""
                        .formatted("a".repeat(10_000), "b".repeat(10_001));

        var response = api().send("POST", "/api/reflections", tokenFor(on.learner()), body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("answers");
    }

    @Test
    void a_body_over_64_kilobytes_is_refused_with_413() {
        var on = Fixtures.aLearnerOnPlacement(db());

        var response = api().send("POST", "/api/reflections", tokenFor(on.learner()), reflection("x".repeat(70_000)));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void malformed_json_is_refused_with_400_problem() {
        var on = Fixtures.aLearnerOnPlacement(db());

        var response = api().send("POST", "/api/reflections", tokenFor(on.learner()), "{\"title\": \"oops\",");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void a_missing_date_is_refused_with_400_naming_the_field() {
        var on = Fixtures.aLearnerOnPlacement(db());

        var response = api().send("POST", "/api/reflections", tokenFor(on.learner()), "{\"title\": \"no date\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("date");
    }

    String idOf(String token) {
        return (String) api().body(api().send("POST", "/api/reflections", token, reflection("private")))
                .get("id");
    }
}
