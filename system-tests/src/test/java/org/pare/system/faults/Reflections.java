package org.pare.system.faults;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.pare.system.harness.Http;

/** Submitted reflections, ready to share: made through learner-service's API before any fault. */
final class Reflections {
    private Reflections() {}

    /** One reflection to share: whose it is and its id. */
    record Submitted(String learnerToken, UUID id) {}

    static List<Submitted> submitted(String learnerUrl, List<String> learnerTokens, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Submitted>> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String token = learnerTokens.get(i % learnerTokens.size());
                made.add(pool.submit(() -> submit(learnerUrl, token)));
            }
            List<Submitted> all = new ArrayList<>();
            for (Future<Submitted> one : made) {
                all.add(one.get());
            }
            return Collections.unmodifiableList(all);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Submitted submit(String learnerUrl, String token) {
        Http.Answer draft = Http.post(learnerUrl + "/api/reflections", token, quickCapture());
        if (draft.status() != 201) {
            throw new IllegalStateException("create answered " + draft.status() + ": " + draft.body());
        }
        UUID id = UUID.fromString(draft.json().path("id").asText());
        Http.Answer submitted = Http.send(Http.request(learnerUrl + "/api/reflections/" + id + "/submit", token)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
        if (submitted.status() != 200) {
            throw new IllegalStateException("submit answered " + submitted.status() + ": " + submitted.body());
        }
        return new Submitted(token, id);
    }

    private static Map<String, Object> quickCapture() {
        return Map.of(
                "templateKey",
                "quick-capture",
                "templateVersion",
                1,
                "title",
                "Handover on a busy shift",
                "date",
                LocalDate.now().toString(),
                "idempotencyKey",
                UUID.randomUUID().toString(),
                "answers",
                Map.of(
                        "what-happened", "Gave the evening handover for four patients.",
                        "what-i-did", "Used SBAR and checked the drug chart with the nurse in charge.",
                        "next-time", "Write the handover sheet before the shift ends."));
    }
}
