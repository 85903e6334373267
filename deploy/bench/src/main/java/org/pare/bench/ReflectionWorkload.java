package org.pare.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.pare.messaging.EventEnvelope;
import org.pare.messaging.outbox.OutboxWriter;
import org.pare.testing.OidcProvider;

/**
 * The reflection workload: learners on placements inserted with plain SQL, one LEARNER token each, and the
 * two operations measured (create a quick capture; create then submit it), both over HTTP and as the raw
 * JDBC statements the service's repositories run for them.
 */
final class ReflectionWorkload {
    static final String BODY =
            "{\"title\": \"Bench %d\", \"date\": \"2026-11-20\", \"answers\": {\"what-happened\": \"A patient fell\"}}";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final String TOPIC = "pare.learner.reflection";
    private static final String SUBMITTED = "pare.learner.ReflectionSubmitted.v1";

    record Learner(UUID id, String loginId, String token) {}

    private final List<Learner> learners;
    private final URI base;
    private final HttpClient client;
    private final OutboxWriter outbox = new OutboxWriter();

    private ReflectionWorkload(List<Learner> learners, URI base, HttpClient client) {
        this.learners = learners;
        this.base = base;
        this.client = client;
    }

    /** Inserts {@code count} learners, each on an active placement of their own (trust, site, area, assessors). */
    static ReflectionWorkload insertLearners(DataSource db, int count, URI base, HttpClient client)
            throws SQLException {
        List<Learner> learners = new ArrayList<>();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                UUID learner = person(c);
                UUID assessor = person(c);
                UUID academic = person(c);
                UUID trust = UUID.randomUUID();
                UUID site = UUID.randomUUID();
                UUID area = UUID.randomUUID();
                UUID university = UUID.randomUUID();
                execute(c, "INSERT INTO trust (id, name) VALUES (?, ?)", trust, "Trust " + trust);
                execute(c, "INSERT INTO site (id, trust_id, name) VALUES (?, ?, 'Main site')", site, trust);
                execute(c, "INSERT INTO placement_area (id, site_id, name) VALUES (?, ?, 'Ward 7')", area, site);
                execute(
                        c,
                        "INSERT INTO placement (id, university_id, learner_id, area_id, profession, start_date,"
                                + " end_date, practice_assessor_id, academic_assessor_id)"
                                + " VALUES (?, ?, ?, ?, 'NURSING', ?, ?, ?, ?)",
                        UUID.randomUUID(),
                        university,
                        learner,
                        area,
                        LocalDate.now().minusDays(10),
                        LocalDate.now().plusDays(30),
                        assessor,
                        academic);
                String login = "login-" + learner;
                learners.add(
                        new Learner(learner, login, OidcProvider.get().tokens().forRole("LEARNER", login, university)));
            }
            c.commit();
        }
        return new ReflectionWorkload(learners, base, client);
    }

    private static UUID person(Connection c) throws SQLException {
        UUID id = UUID.randomUUID();
        execute(
                c,
                "INSERT INTO person (id, login_id, name, email) VALUES (?, ?, ?, ?)",
                id,
                "login-" + id,
                "Person " + id.toString().substring(0, 8),
                id + "@example.org");
        return id;
    }

    private Learner learner(long n) {
        return learners.get((int) (n % learners.size()));
    }

    // ---- HTTP ----

    /** POST /api/reflections (quick capture, a fresh Idempotency-Key): true on 201. */
    CompletableFuture<Boolean> create(long n) {
        return send(n).thenApply(r -> r.statusCode() == 201);
    }

    /** The create above, then POST /api/reflections/{id}/submit with a fresh key: true when both succeed. */
    CompletableFuture<Boolean> createAndSubmit(long n) {
        Learner learner = learner(n);
        return send(n).thenCompose(created -> {
            URI submitUri = submitUri(created.statusCode(), created.body());
            if (submitUri == null) {
                return CompletableFuture.completedFuture(false);
            }
            HttpRequest submit = HttpRequest.newBuilder(submitUri)
                    .header("Authorization", "Bearer " + learner.token())
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build();
            return client.sendAsync(submit, HttpResponse.BodyHandlers.discarding())
                    .thenApply(r -> r.statusCode() == 200);
        });
    }

    /** GET /api/me: the token checked and the caller named, no database. The floor under every API call. */
    boolean me(BlockingHttp http, long n) {
        return http.get(base.resolve("/api/me"), learner(n).token()) == 200;
    }

    /** The create above, over the closed loops' blocking client: true on 201. */
    boolean create(BlockingHttp http, long n) {
        return post(http, n).status() == 201;
    }

    /** The create and submit above, over the closed loops' blocking client: true when both succeed. */
    boolean createAndSubmit(BlockingHttp http, long n) {
        BlockingHttp.Answer created = post(http, n);
        URI submitUri = submitUri(created.status(), created.body());
        return submitUri != null
                && http.post(submitUri, learner(n).token(), UUID.randomUUID().toString(), null)
                                .status()
                        == 200;
    }

    /** Where to submit the reflection a create answered with, or null when the create did not succeed. */
    private URI submitUri(int status, String body) {
        Matcher id = ID.matcher(body);
        return status == 201 && id.find() ? base.resolve("/api/reflections/" + id.group(1) + "/submit") : null;
    }

    private BlockingHttp.Answer post(BlockingHttp http, long n) {
        return http.post(
                base.resolve("/api/reflections"),
                learner(n).token(),
                UUID.randomUUID().toString(),
                String.format(BODY, n));
    }

    private CompletableFuture<HttpResponse<String>> send(long n) {
        Learner learner = learner(n);
        HttpRequest create = HttpRequest.newBuilder(base.resolve("/api/reflections"))
                .header("Authorization", "Bearer " + learner.token())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(String.format(BODY, n)))
                .build();
        return client.sendAsync(create, HttpResponse.BodyHandlers.ofString());
    }

    // ---- Raw JDBC: the service's statements for the same operations, one transaction each ----

    /**
     * What {@code CapturingReflection.create} writes, in one transaction: the caller's lookup by login id,
     * the idempotency key row and the reflection row. No outbox row: a create publishes no event.
     */
    boolean rawCreate(DataSource db, long n) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            insertReflection(c, learner(n), UUID.randomUUID(), n);
            c.commit();
        }
        return true;
    }

    /**
     * The create above, then what {@code SubmittingReflection.submit} writes in a second transaction: the
     * caller's lookup, the reflection locked ({@code FOR UPDATE}), its idempotency key row, the reflection
     * updated to SUBMITTED and the outbox row (with its NOTIFY), through the platform's {@link OutboxWriter}.
     */
    boolean rawCreateAndSubmit(DataSource db, long n) throws SQLException {
        Learner learner = learner(n);
        UUID id = UUID.randomUUID();
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            insertReflection(c, learner, id, n);
            c.commit();
            callerId(c, learner);
            try (PreparedStatement lock =
                    c.prepareStatement("SELECT id, learner_id, state FROM reflection WHERE id = ? FOR UPDATE")) {
                lock.setObject(1, id);
                try (ResultSet rows = lock.executeQuery()) {
                    rows.next();
                }
            }
            claimKey(c, learner, id, "submit");
            Instant now = Instant.now();
            execute(
                    c,
                    "UPDATE reflection SET template_key = ?, template_version = ?, title = ?, occurred_on = ?,"
                            + " answers = ?::jsonb, state = ?, updated_at = ?, submitted_at = ?, returned_at = ?,"
                            + " signed_off_at = ? WHERE id = ?",
                    "quick-capture",
                    1,
                    "Bench " + n,
                    LocalDate.of(2026, 11, 20),
                    "{\"what-happened\": \"A patient fell\"}",
                    "SUBMITTED",
                    Timestamp.from(now),
                    Timestamp.from(now),
                    null,
                    null,
                    id);
            String payload = String.format(
                    "{\"reflectionId\":\"%s\",\"learnerId\":\"%s\",\"templateKey\":\"quick-capture\","
                            + "\"templateVersion\":1,\"submittedAt\":\"%s\"}",
                    id, learner.id(), now);
            outbox.append(
                    c,
                    EventEnvelope.of(
                            "bench", SUBMITTED, TOPIC, id.toString(), payload.getBytes(StandardCharsets.UTF_8), null));
            c.commit();
        }
        return true;
    }

    private static void insertReflection(Connection c, Learner learner, UUID id, long n) throws SQLException {
        UUID learnerId = callerId(c, learner);
        claimKey(c, learner, id, "create");
        Instant now = Instant.now();
        execute(
                c,
                "INSERT INTO reflection (id, learner_id, template_key, template_version, title, occurred_on,"
                        + " answers, state, correction_of, created_at, updated_at, submitted_at, returned_at,"
                        + " signed_off_at) VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?)",
                id,
                learnerId,
                "quick-capture",
                1,
                "Bench " + n,
                LocalDate.of(2026, 11, 20),
                "{\"what-happened\": \"A patient fell\"}",
                "DRAFT",
                null,
                Timestamp.from(now),
                Timestamp.from(now),
                null,
                null,
                null);
    }

    private static UUID callerId(Connection c, Learner learner) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT id FROM person WHERE login_id = ?")) {
            select.setString(1, learner.loginId());
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getObject(1, UUID.class);
            }
        }
    }

    private static void claimKey(Connection c, Learner learner, UUID reflection, String operation) throws SQLException {
        execute(
                c,
                "INSERT INTO idempotency_key (learner_id, key, request_hash, reflection_id)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (learner_id, key) DO NOTHING",
                learner.id(),
                UUID.randomUUID().toString(),
                operation + ":" + reflection,
                reflection);
    }

    private static void execute(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
