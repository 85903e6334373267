package org.pare.evaluation.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pare.evaluation.testing.EvaluationTestSupport;
import org.pare.evaluation.testing.Events;
import org.pare.evaluation.testing.Fixtures;
import org.pare.messaging.EventEnvelope;
import org.pare.testing.OidcProvider;

/** The university side of an area's plan: its placement office reads the plan and agrees or comments per action. */
@MicronautTest(transactional = false)
class AreaActionAgreementsIT extends EvaluationTestSupport {
    final Fixtures.Area area = Fixtures.anArea("Ward Q");
    final Fixtures.Area elsewhere = Fixtures.anArea("Ward Elsewhere");
    final UUID university = UUID.randomUUID();
    final UUID otherUniversity = UUID.randomUUID();

    @BeforeAll
    void learnersOfTwoUniversitiesInTwoAreas() {
        placed(area, university);
        placed(elsewhere, otherUniversity);
    }

    @Test
    void a_university_placing_learners_in_the_area_agrees_an_action_and_the_lead_sees_its_word() {
        String action = created();
        String office = office(university);

        var areas = api().list(api().get("/api/university/areas", office));
        var plan = api().list(api().get("/api/university/areas/" + area.areaId() + "/actions", office));
        var agreed = api().send(
                        "POST",
                        "/api/university/actions/" + action + "/agreement",
                        office,
                        "{\"decision\": \"AGREED\"}");
        var seenByLead = actionOf(api().list(api().get("/api/areas/" + area.areaId() + "/actions", lead())), action);

        assertThat(areas)
                .extracting(a -> a.get("id"))
                .containsExactly(area.areaId().toString());
        assertThat(plan).extracting(a -> a.get("id")).contains(action);
        assertThat(agreed.statusCode()).as(agreed.body()).isEqualTo(200);
        assertThat(agreements(seenByLead)).singleElement().satisfies(g -> assertThat(g)
                .containsEntry("universityId", university.toString())
                .containsEntry("decision", "AGREED")
                .containsEntry("by", "office-" + university)
                .containsEntry("beforeLastChange", false));
    }

    @Test
    void a_later_comment_replaces_the_agreement_and_a_change_by_the_trust_marks_it_as_given_before() {
        String action = created();
        String office = office(university);
        api().send("POST", "/api/university/actions/" + action + "/agreement", office, "{\"decision\": \"AGREED\"}");

        var commented = api().send(
                        "POST",
                        "/api/university/actions/" + action + "/agreement",
                        office,
                        "{\"decision\": \"COMMENTED\", \"comment\": \"Please add a named supervisor per shift\"}");
        var changed = api().send("PUT", "/api/actions/" + action, lead(), AreaActionAgreementsIT.action("DONE"));

        assertThat(commented.statusCode()).as(commented.body()).isEqualTo(200);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(agreements(api().body(changed))).singleElement().satisfies(g -> assertThat(g)
                .containsEntry("decision", "COMMENTED")
                .containsEntry("comment", "Please add a named supervisor per shift")
                .containsEntry("beforeLastChange", true));
    }

    @Test
    void a_university_without_learners_in_the_area_is_told_it_does_not_exist_and_bad_words_change_nothing() {
        String action = created();
        String stranger = office(otherUniversity);
        String office = office(university);
        String path = "/api/university/actions/" + action + "/agreement";

        assertThat(api().get("/api/university/areas/" + area.areaId() + "/actions", stranger)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api().send("POST", path, stranger, "{\"decision\": \"AGREED\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(api().send(
                                "POST",
                                "/api/university/actions/" + UUID.randomUUID() + "/agreement",
                                office,
                                "{\"decision\": \"AGREED\"}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(api().send("POST", path, office, "{\"decision\": \"COMMENTED\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(api().send("POST", path, office, "{\"decision\": \"MAYBE\"}").statusCode())
                .isEqualTo(400);
        assertThat(api().send(
                                "POST",
                                path,
                                office,
                                "{\"decision\": \"COMMENTED\", \"comment\": \"" + "x".repeat(1001) + "\"}")
                        .statusCode())
                .isEqualTo(400);
        var malformed = api().send("POST", path, office, "{\"decision\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(api().send("POST", path, office, "{\"comment\": \"" + "y".repeat(70_000) + "\"}")
                        .statusCode())
                .isEqualTo(413);
        assertThat(db().count("SELECT count(*) FROM area_action_agreement WHERE action_id = ?::uuid", action))
                .isZero();
    }

    @Test
    void only_a_placement_office_naming_its_university_reaches_the_university_side() {
        String action = created();
        String path = "/api/university/actions/" + action + "/agreement";
        String noUniversity = OidcProvider.get().tokens().forRole("PLACEMENT_ADMIN", "office-none", null);

        assertThat(api().send("POST", path, noUniversity, "{\"decision\": \"AGREED\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().send("POST", path, lead(), "{\"decision\": \"AGREED\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().get("/api/university/areas", Fixtures.aPerson().token("ACADEMIC_ASSESSOR"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().send("PUT", "/api/actions/" + action, office(university), action("DONE"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(db().count("SELECT count(*) FROM area_action_agreement WHERE action_id = ?::uuid", action))
                .isZero();
    }

    private String created() {
        var created = api().send("POST", "/api/areas/" + area.areaId() + "/actions", lead(), action("IN_PROGRESS"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return (String) api().body(created).get("id");
    }

    private static String action(String status) {
        return "{\"owner\": \"lead.q@trust.example\", \"dueOn\": \""
                + LocalDate.now().plusDays(30) + "\", \"status\": \"" + status
                + "\", \"themes\": [\"supervision\"], \"description\": \"Name a supervisor for each shift\"}";
    }

    private String lead() {
        return Fixtures.leadToken(area.trustId());
    }

    private static String office(UUID university) {
        return OidcProvider.get().tokens().forRole("PLACEMENT_ADMIN", "office-" + university, university);
    }

    private static Map<String, Object> actionOf(List<Map<String, Object>> actions, String id) {
        return actions.stream().filter(a -> id.equals(a.get("id"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> agreements(Map<String, Object> action) {
        return (List<Map<String, Object>>) action.get("agreements");
    }

    private void placed(Fixtures.Area where, UUID by) {
        var p = Fixtures.aPlacement(where, LocalDate.now().plusWeeks(2));
        Events.produce(fixtures().allocated(p, by).toArray(EventEnvelope[]::new));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db().count("SELECT count(*) FROM placement WHERE id = ?", p.placementId()) == 1);
    }
}
