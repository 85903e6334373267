package org.pare.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoEvaluationsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final DemoCohort cohort = DemoCohort.generate(DemoCohort.SEED, TODAY);
    private final List<DemoEvaluations.Answer> plan = DemoEvaluations.plan(cohort);

    private Map<Integer, Long> invitedByArea() {
        return cohort.placements().stream()
                .filter(p -> p.end().isBefore(TODAY))
                .collect(Collectors.groupingBy(p -> cohort.areas().indexOf(p.area()), Collectors.counting()));
    }

    private Map<Integer, Long> answeredByArea() {
        return plan.stream()
                .collect(Collectors.groupingBy(
                        a -> cohort.areas().indexOf(a.placement().area()), Collectors.counting()));
    }

    @Test
    void most_northfield_areas_get_at_least_six_responses_and_quiet_ones_fewer_than_five() {
        Map<Integer, Long> answered = answeredByArea();
        long shown = 0;
        for (int area = 0; area < DemoPlaces.AREAS_PER_TRUST; area++) {
            long responses = answered.getOrDefault(area, 0L);
            if (DemoEvaluations.characterOf(area) == DemoEvaluations.Character.QUIET) {
                assertThat(responses).as("area %d", area).isLessThan(5);
            } else {
                // 6, not 5: up to 4 answers sent last may wait a day before the service files them
                assertThat(responses).as("area %d", area).isGreaterThanOrEqualTo(6);
                shown++;
            }
        }
        assertThat(shown).isGreaterThanOrEqualTo(12);
    }

    @Test
    void return_rates_differ_from_about_eighty_percent_to_low() {
        Map<Integer, Long> invited = invitedByArea();
        Map<Integer, Long> answered = answeredByArea();
        List<Double> northfieldRates = invited.entrySet().stream()
                .filter(e -> e.getKey() < DemoPlaces.AREAS_PER_TRUST)
                .map(e -> answered.getOrDefault(e.getKey(), 0L) / (double) e.getValue())
                .toList();
        assertThat(invited.values()).allMatch(n -> n >= 5); // else the rate itself is suppressed
        assertThat(northfieldRates).anyMatch(r -> r >= 0.75 && r <= 0.9);
        assertThat(northfieldRates).anyMatch(r -> r < 0.4);
    }

    @Test
    void unsafe_areas_score_low_on_psychological_safety_and_others_do_not() {
        for (DemoEvaluations.Answer a : plan) {
            int safety = a.scoresByTheme().get("psychological-safety");
            if (DemoEvaluations.characterOf(cohort.areas().indexOf(a.placement().area()))
                    == DemoEvaluations.Character.UNSAFE) {
                assertThat(safety).isLessThanOrEqualTo(2);
            } else {
                assertThat(safety).isGreaterThanOrEqualTo(3);
            }
            assertThat(a.scoresByTheme().values()).allMatch(s -> s >= 1 && s <= 5);
        }
    }

    @Test
    void the_answers_of_quiet_areas_are_sent_last_and_outnumber_a_batch_left_waiting() {
        int firstQuiet = 0;
        while (DemoEvaluations.characterOf(
                        cohort.areas().indexOf(plan.get(firstQuiet).placement().area()))
                != DemoEvaluations.Character.QUIET) {
            firstQuiet++;
        }
        List<DemoEvaluations.Answer> tail = plan.subList(firstQuiet, plan.size());
        assertThat(tail).hasSizeGreaterThanOrEqualTo(4);
        assertThat(tail)
                .allMatch(a -> DemoEvaluations.characterOf(
                                cohort.areas().indexOf(a.placement().area()))
                        == DemoEvaluations.Character.QUIET);
    }

    @Test
    void the_demo_learner_is_left_an_open_evaluation_to_answer() {
        Person demoLearner = cohort.learners().get(0);
        assertThat(cohort.placements())
                .anyMatch(p -> p.learner().equals(demoLearner) && p.end().isBefore(TODAY));
        assertThat(plan).noneMatch(a -> a.placement().learner().equals(demoLearner));
    }

    @Test
    void some_answers_carry_comments_and_only_learners_with_a_completed_placement_answer() {
        assertThat(plan).anyMatch(a -> !a.comments().isEmpty());
        assertThat(plan).allMatch(a -> a.placement().end().isBefore(TODAY));
        assertThat(plan.stream().map(a -> a.placement().learner()).distinct()).hasSize(plan.size());
    }
}
