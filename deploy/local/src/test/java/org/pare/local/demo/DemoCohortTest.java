package org.pare.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pare.local.infra.DemoUser;

class DemoCohortTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final DemoCohort cohort = DemoCohort.generate(DemoCohort.SEED, TODAY);

    @Test
    void the_same_seed_gives_the_same_csv() {
        assertThat(DemoCohort.generate(DemoCohort.SEED, TODAY).allocationCsv()).isEqualTo(cohort.allocationCsv());
    }

    @Test
    void two_trusts_thirty_areas_and_two_hundred_learners_each_on_placement_today() {
        assertThat(cohort.areas()).hasSize(30);
        assertThat(cohort.areas().stream().map(Area::trust).distinct()).hasSize(2);
        assertThat(cohort.learners()).hasSize(200);
        Set<String> onPlacement = new HashSet<>();
        cohort.placements().stream()
                .filter(p -> p.inProgressOn(TODAY))
                .forEach(p -> onPlacement.add(p.learner().login()));
        assertThat(onPlacement).hasSize(200);
        assertThat(cohort.placements().stream().filter(p -> p.end().isBefore(TODAY)))
                .hasSize(200);
    }

    @Test
    void completed_placements_end_in_the_quarter_the_dashboard_opens_on_and_before_today() {
        // 22 November: the dashboard opens on the quarter of 22 October, 2026-Q4
        for (Placement p : cohort.placements()) {
            if (p.end().isBefore(TODAY)) {
                assertThat(p.end()).isBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 21));
            }
        }
    }

    @Test
    void on_the_first_day_of_a_quarter_completed_placements_end_in_the_previous_quarter() {
        DemoCohort.Window window = DemoCohort.resultsWindow(LocalDate.of(2027, 1, 1));
        assertThat(window.first()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(window.first().plusDays(window.days() - 1)).isEqualTo(LocalDate.of(2026, 12, 31));
        DemoCohort.Window early = DemoCohort.resultsWindow(LocalDate.of(2027, 2, 1));
        assertThat(early.first()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(early.days()).isEqualTo(31);
    }

    @Test
    void a_learners_placement_in_progress_starts_after_their_completed_one_ended() {
        for (Person learner : cohort.learners()) {
            var mine = cohort.placements().stream()
                    .filter(p -> p.learner().equals(learner))
                    .toList();
            assertThat(mine).hasSize(2);
            assertThat(mine.get(1).start()).isAfter(mine.get(0).end());
        }
    }

    @Test
    void every_learner_but_the_inactive_submits_a_reflection_so_only_they_look_inactive() {
        var inactive = cohort.inactiveLearners();
        for (int i = 0; i < cohort.learners().size(); i++) {
            boolean isInactive = inactive.contains(cohort.learners().get(i));
            int written = LearnerServiceData.reflectionsOf(i, isInactive, new java.util.Random(i));
            if (isInactive) {
                assertThat(written).isZero();
            } else {
                assertThat(written).as("learner %d", i + 1).isPositive();
            }
        }
    }

    @Test
    void two_northfield_learners_are_inactive_for_over_two_weeks_and_write_nothing() {
        var inactive = cohort.inactiveLearners();
        assertThat(inactive).hasSize(2);
        for (Person learner : inactive) {
            Placement current = cohort.placements().stream()
                    .filter(p -> p.learner().equals(learner) && p.inProgressOn(TODAY))
                    .findFirst()
                    .orElseThrow();
            assertThat(current.area().trust()).isEqualTo(DemoPlaces.NORTHFIELD);
            assertThat(current.start()).isBefore(TODAY.minusDays(14));
            assertThat(cohort.learners().indexOf(learner))
                    .isGreaterThanOrEqualTo(LearnerServiceData.REFLECTING_LEARNERS);
            assertThat(LearnerServiceData.ASKING_FOR_CONTACT).doesNotContain(learner.login());
        }
    }

    @Test
    void the_csv_follows_the_rules_learner_service_checks() {
        Map<String, String> personByLogin = new HashMap<>();
        for (Placement p : cohort.placements()) {
            assertThat(p.area().supervisors()).doesNotContain(p.area().assessor());
            assertThat(p.area().assessor()).isNotEqualTo(p.academicAssessor());
            assertThat(p.end()).isAfterOrEqualTo(p.start());
            for (Person person : new Person[] {p.learner(), p.area().assessor(), p.academicAssessor()}) {
                String seen = personByLogin.putIfAbsent(person.login(), person.name() + person.email());
                assertThat(seen == null || seen.equals(person.name() + person.email()))
                        .isTrue();
            }
        }
        String[] lines = cohort.allocationCsv().split("\r\n");
        assertThat(lines[0].split(",")).hasSize(16);
        assertThat(lines).hasSize(cohort.placements().size() + 1);
    }

    @Test
    void every_demo_user_of_the_csv_is_registered_by_it_and_roles_cover_the_brief() {
        String csv = cohort.allocationCsv();
        for (DemoUser user : cohort.demoUsers()) {
            boolean inDirectory =
                    !user.roles().contains("EDUCATION_LEAD") && !user.roles().contains("PLACEMENT_ADMIN");
            if (inDirectory) {
                assertThat(csv).containsPattern("(^|[,;\\n])" + java.util.regex.Pattern.quote(user.login()) + "[,|]");
            }
        }
        assertThat(cohort.demoUsers().stream().flatMap(u -> u.roles().stream()))
                .contains(
                        "LEARNER",
                        "PRACTICE_SUPERVISOR",
                        "PRACTICE_ASSESSOR",
                        "ACADEMIC_ASSESSOR",
                        "EDUCATION_LEAD",
                        "PLACEMENT_ADMIN");
    }
}
