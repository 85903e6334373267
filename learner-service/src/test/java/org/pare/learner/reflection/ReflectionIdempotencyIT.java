package org.pare.learner.reflection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.learner.support.Api.reflection;
import static org.pare.learner.support.Api.tokenFor;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.pare.learner.support.Fixtures;
import org.pare.learner.support.LearnerApiSupport;

@MicronautTest
class ReflectionIdempotencyIT extends LearnerApiSupport {

    @Test
    void the_same_key_twice_creates_one_reflection() {
        // given
        var on = Fixtures.aLearnerOnPlacement(db());
        String token = tokenFor(on.learner());
        String key = UUID.randomUUID().toString();
        // when
        var first = api().send("POST", "/api/reflections", token, reflection("once"), "Idempotency-Key", key);
        var second = api().send("POST", "/api/reflections", token, reflection("once"), "Idempotency-Key", key);
        // then
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(first.statusCode());
        assertThat(api().body(second).get("id")).isEqualTo(api().body(first).get("id"));
        assertThat(reflectionsOf(on)).isEqualTo(1);
    }

    @Test
    void the_key_may_come_in_the_body_instead_of_the_header() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String body =
                "{\"title\": \"t\", \"date\": \"2026-11-20\", \"idempotencyKey\": \"k-" + UUID.randomUUID() + "\"}";

        var first = api().send("POST", "/api/reflections", tokenFor(on.learner()), body);
        var second = api().send("POST", "/api/reflections", tokenFor(on.learner()), body);

        assertThat(api().body(second).get("id")).isEqualTo(api().body(first).get("id"));
    }

    @Test
    void the_same_key_with_a_different_body_is_refused_with_422() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String token = tokenFor(on.learner());
        String key = UUID.randomUUID().toString();
        api().send("POST", "/api/reflections", token, reflection("first"), "Idempotency-Key", key);

        var other = api().send("POST", "/api/reflections", token, reflection("second"), "Idempotency-Key", key);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(reflectionsOf(on)).isEqualTo(1);
    }

    @Test
    void the_same_key_sent_from_two_threads_at_once_creates_one_reflection() throws Exception {
        // given
        var on = Fixtures.aLearnerOnPlacement(db());
        String token = tokenFor(on.learner());
        String key = UUID.randomUUID().toString();
        var barrier = new CyclicBarrier(2);
        // when
        List<CompletableFuture<HttpResponse<String>>> calls = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    await(barrier);
                    return api().send("POST", "/api/reflections", token, reflection("race"), "Idempotency-Key", key);
                }))
                .toList();
        var first = calls.get(0).get();
        var second = calls.get(1).get();
        // then
        assertThat(List.of(first.statusCode(), second.statusCode())).containsOnly(201);
        assertThat(api().body(first).get("id")).isEqualTo(api().body(second).get("id"));
        assertThat(reflectionsOf(on)).isEqualTo(1);
    }

    @Test
    void submitting_twice_with_the_same_key_submits_once_and_answers_the_same() {
        var on = Fixtures.aLearnerOnPlacement(db());
        String token = tokenFor(on.learner());
        String id = (String) api().body(api().send("POST", "/api/reflections", token, reflection("s")))
                .get("id");
        String key = UUID.randomUUID().toString();

        var first = api().send("POST", "/api/reflections/" + id + "/submit", token, null, "Idempotency-Key", key);
        var again = api().send("POST", "/api/reflections/" + id + "/submit", token, null, "Idempotency-Key", key);
        var withoutKey = api().send("POST", "/api/reflections/" + id + "/submit", token, null);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(api().body(again)).containsEntry("state", "SUBMITTED");
        assertThat(withoutKey.statusCode()).isEqualTo(409);
        assertThat(db().count("SELECT count(*) FROM outbox_event WHERE event_key = ?", id))
                .isEqualTo(1);
    }

    long reflectionsOf(Fixtures.LearnerOnPlacement on) {
        return db().count(
                        "SELECT count(*) FROM reflection WHERE learner_id = ?",
                        on.learner().id());
    }

    static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
