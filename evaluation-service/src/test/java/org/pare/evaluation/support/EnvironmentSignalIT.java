package org.pare.evaluation.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pare.evaluation.support.app.RankingEnvironments;
import org.pare.evaluation.support.app.SweepingSupportSignals;
import org.pare.evaluation.testing.EvaluationTestSupport;
import org.pare.evaluation.testing.Events;
import org.pare.evaluation.testing.Fixtures;
import org.pare.messaging.EventEnvelope;

/**
 * The environment signal: learners on an area in the bottom share of all areas for psychological safety, ranked from
 * the rollups as mixing leaves them (written here directly: ten ranked areas of 6 responses and one of 4).
 */
@MicronautTest(transactional = false)
class EnvironmentSignalIT extends EvaluationTestSupport {
    static final List<String> SAFETY = List.of("safe-to-ask", "admit-mistake", "raise-concern");
    static final List<String> CIVILITY = List.of("dignity-respect", "no-bullying");

    @Inject
    RankingEnvironments ranking;

    @Inject
    SweepingSupportSignals sweep;

    final Fixtures.Area lowest = Fixtures.anArea("Ward Lowest");
    final Fixtures.Area tiny = lowest.inSameSite("Ward Tiny");
    final Fixtures.Area secondLowest = Fixtures.anArea("Ward Second"); // another trust
    final List<UUID> others = new ArrayList<>();
    Fixtures.Placement onLowest;
    Fixtures.Placement onTiny;
    Fixtures.Placement onSecond;

    @BeforeAll
    void tenRankedAreasAndASmallOne() {
        rollup(lowest.areaId(), 6, 2.0);
        rollup(secondLowest.areaId(), 6, 2.5);
        rollup(tiny.areaId(), 4, 1.0);
        for (int i = 0; i < 8; i++) {
            UUID area = UUID.randomUUID();
            others.add(area);
            rollup(area, 6, 3.5 + i * 0.1);
        }
        onLowest = placed(lowest);
        onTiny = placed(tiny);
        onSecond = placed(secondLowest);
        ranking.rank();
    }

    @Test
    void a_learner_on_an_area_in_the_bottom_decile_gets_an_environment_signal_apart_from_personal_flags() {
        String lead = Fixtures.leadToken(lowest.trustId());

        var signals = api().list(api().get("/api/environment-signals", lead));
        var mine = api().list(api().get(
                        "/api/environment-signals", onLowest.academicAssessor().token("ACADEMIC_ASSESSOR")));

        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s).containsEntry("learnerId", onLowest.learner().id().toString());
            assertThat(s).containsEntry("areaName", "Ward Lowest");
            assertThat(s.get("themes")).isEqualTo(List.of("psychological-safety"));
            assertThat(s.toString()).doesNotContain("score").doesNotContain("2.0");
        });
        assertThat(mine)
                .extracting(s -> s.get("learnerId"))
                .containsExactly(onLowest.learner().id().toString());
        assertThat(api().list(api().get("/api/support-flags", lead))).isEmpty();
        assertThat(db().count("SELECT count(*) FROM support_flag")).isZero();
        assertThat(api().list(api().get("/api/support-flags/reads", lead))).anySatisfy(r -> assertThat(r)
                .containsEntry("kind", "ENVIRONMENT_SIGNAL")
                .containsEntry("learnerId", onLowest.learner().id().toString()));
    }

    @Test
    void a_small_area_is_neither_ranked_nor_counted_so_nothing_is_derived_from_it() {
        var ranked = db().rows(
                        "SELECT area_id, share_at_or_below FROM environment_rank WHERE theme = ?",
                        "psychological-safety");

        assertThat(ranked).hasSize(10).noneMatch(r -> r.get(0).equals(tiny.areaId()));
        assertThat(ranked)
                .filteredOn(r -> r.get(0).equals(lowest.areaId()))
                .singleElement()
                .satisfies(r -> assertThat(((Number) r.get(1)).doubleValue()).isEqualTo(0.1));
        assertThat(api().get("/api/environment-signals", Fixtures.leadToken(lowest.trustId()))
                        .body())
                .doesNotContain(onTiny.learner().id().toString());
        assertThat(api().list(api().get(
                                "/api/environment-signals",
                                onTiny.academicAssessor().token("ACADEMIC_ASSESSOR"))))
                .isEmpty();
    }

    @Test
    void a_trust_that_widens_its_threshold_to_the_bottom_fifth_signals_the_second_lowest_area_too() {
        String lead = Fixtures.leadToken(secondLowest.trustId());
        var before = api().list(api().get("/api/environment-signals", lead));

        var changed = api().send(
                        "PUT",
                        "/api/support-flags/thresholds",
                        lead,
                        "{\"pulseNoAnswers\": 2, \"pulseLowCheckins\": 3, \"pulseWindow\": 5, \"inactivityDays\": 14,"
                                + " \"signOffPendingDays\": 7, \"environmentBottomPercent\": 20}");
        var after = api().list(api().get("/api/environment-signals", lead));

        assertThat(before).isEmpty();
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(after)
                .extracting(s -> s.get("learnerId"))
                .containsExactly(onSecond.learner().id().toString());
        assertThat(api().get("/api/environment-signals", Fixtures.leadToken(lowest.trustId()))
                        .body())
                .doesNotContain(onSecond.learner().id().toString());
    }

    @Test
    void the_hourly_sweep_ranks_again_so_an_area_that_improved_loses_its_signal() {
        try {
            rollup(lowest.areaId(), 6, 4.9);
            sweep.sweep();

            assertThat(api().list(api().get("/api/environment-signals", Fixtures.leadToken(lowest.trustId()))))
                    .isEmpty();
        } finally {
            rollup(lowest.areaId(), 6, 2.0);
            ranking.rank();
        }
        assertThat(api().list(api().get("/api/environment-signals", Fixtures.leadToken(lowest.trustId()))))
                .hasSize(1);
    }

    @Test
    void nobody_else_sees_environment_signals() {
        assertThat(api().list(api().get("/api/environment-signals", Fixtures.leadToken(UUID.randomUUID()))))
                .isEmpty();
        assertThat(api().get("/api/environment-signals", onLowest.learner().token("LEARNER"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().get("/api/environment-signals", Fixtures.aPerson().token("ACADEMIC_ASSESSOR"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(api().get("/api/environment-signals", null).statusCode()).isEqualTo(401);
        assertThat(api().get(
                                "/api/environment-signals",
                                onSecond.academicAssessor().token("ACADEMIC_ASSESSOR"))
                        .body())
                .doesNotContain(onLowest.learner().id().toString());
    }

    /** An area's rollups for this quarter: every safety item answered by all, at the given mean; civility at 4.5. */
    private void rollup(UUID area, int responses, double safety) {
        LocalDate quarter =
                LocalDate.now().withDayOfMonth(1).withMonth((LocalDate.now().getMonthValue() - 1) / 3 * 3 + 1);
        db().execute("DELETE FROM rollup_response WHERE area_id = ?", area);
        db().execute("DELETE FROM rollup_item WHERE area_id = ?", area);
        db().execute(
                        "INSERT INTO rollup_response (area_id, period, questionnaire_version, responses) VALUES (?, ?, 1, ?)",
                        area,
                        quarter,
                        responses);
        Map<String, Double> means = new java.util.LinkedHashMap<>();
        SAFETY.forEach(i -> means.put(i, safety));
        CIVILITY.forEach(i -> means.put(i, 4.5));
        means.forEach((item, mean) -> db().execute(
                        "INSERT INTO rollup_item (area_id, period, questionnaire_version, item, answered, total)"
                                + " VALUES (?, ?, 1, ?, ?, ?)",
                        area,
                        quarter,
                        item,
                        responses,
                        Math.round(mean * responses)));
    }

    private Fixtures.Placement placed(Fixtures.Area area) {
        var p = new Fixtures.Placement(
                Fixtures.aPerson(),
                Fixtures.aPerson(),
                UUID.randomUUID(),
                area,
                LocalDate.now().minusDays(7),
                LocalDate.now().plusWeeks(4));
        Events.produce(fixtures().allocated(p).toArray(EventEnvelope[]::new));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> db().count("SELECT count(*) FROM placement WHERE id = ?", p.placementId()) == 1
                        && db().count(
                                                "SELECT count(*) FROM person WHERE id = ?",
                                                p.academicAssessor().id())
                                == 1);
        return p;
    }
}
