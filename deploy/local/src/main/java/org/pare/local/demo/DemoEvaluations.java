package org.pare.local.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Who answers the evaluation of their completed placement, and how. Each area has a character, so the dashboard
 * shows a spread: most return about four in five, a few return little (their results stay suppressed, under 5
 * responses), and two Northfield areas and one Southmoor area feel unsafe to learners. The demo learner
 * ({@code learner001}) is always one who has not answered yet.
 */
final class DemoEvaluations {
    enum Character {
        /** All but one answer (all in an area with 6 or fewer invited); good scores. */
        KEEN,
        /** All but two answer; middling scores. */
        STEADY,
        /** Two answer: the area's results stay suppressed and its return rate is low. */
        QUIET,
        /** All but one answer; low psychological safety and civility, would not recommend. */
        UNSAFE,
        /** Everyone answers. */
        ALL
    }

    /** One learner's answers to the evaluation of one completed placement. */
    record Answer(Placement placement, Map<String, Integer> scoresByTheme, Map<String, String> comments) {}

    private static final Map<String, String> GOOD_COMMENTS = Map.of(
            "induction-belonging", "The team learnt my name on day one and showed me where everything was.",
            "supervision", "My supervisor found ten minutes after each shift to talk through what went well.",
            "learning-opportunities", "I was trusted to plan care for two patients by the end.");
    private static final Map<String, String> POOR_COMMENTS = Map.of(
            "psychological-safety", "I did not feel able to ask questions in front of the nurse in charge.",
            "civility-dignity", "Students were spoken to sharply at handover.",
            "wellbeing", "Nobody asked how I was after a patient died on my shift.");

    private DemoEvaluations() {}

    static Character characterOf(int areaIndex) {
        return switch (areaIndex) {
            case 4, 11, 19 -> Character.QUIET;
            case 2, 9, 23 -> Character.UNSAFE;
            case 6, 13 -> Character.STEADY;
            default -> areaIndex < DemoPlaces.AREAS_PER_TRUST ? Character.KEEN : Character.ALL;
        };
    }

    /**
     * The answers to send, quiet areas' last: the evaluation service files answers in batches of at least 5, so
     * the last few sent may wait a day, and those should be answers that stay suppressed anyway.
     */
    static List<Answer> plan(DemoCohort cohort) {
        Map<Area, List<Placement>> byArea = new LinkedHashMap<>();
        cohort.placements().stream()
                .filter(p -> p.end().isBefore(cohort.today()))
                .forEach(p ->
                        byArea.computeIfAbsent(p.area(), a -> new ArrayList<>()).add(p));
        List<Answer> answers = new ArrayList<>();
        Random random = new Random(DemoCohort.SEED);
        for (var entry : byArea.entrySet()) {
            Character character = characterOf(cohort.areas().indexOf(entry.getKey()));
            List<Placement> invited = new ArrayList<>(entry.getValue());
            // The demo learner's evaluation stays open, so whoever logs in as them can answer it.
            invited.sort(Comparator.comparing(
                    p -> p.learner().equals(cohort.learners().get(0))));
            int answering =
                    switch (character) {
                        case KEEN, UNSAFE -> Math.max(invited.size() - 1, Math.min(invited.size(), 6));
                        case STEADY -> invited.size() - 2;
                        case QUIET -> Math.min(2, invited.size());
                        case ALL -> invited.size();
                    };
            for (Placement p : invited.subList(0, answering)) {
                answers.add(new Answer(p, scores(character, random), comments(character, random)));
            }
        }
        answers.sort(Comparator.comparing(
                a -> characterOf(cohort.areas().indexOf(a.placement().area())) == Character.QUIET));
        return answers;
    }

    /** A score per theme (every item of a theme gets it): 1 to 5. */
    private static Map<String, Integer> scores(Character character, Random random) {
        int base = character == Character.STEADY ? 3 : 4;
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (String theme : List.of(
                "induction-belonging",
                "psychological-safety",
                "civility-dignity",
                "supervision",
                "compassionate-leadership",
                "learning-opportunities",
                "inclusion",
                "wellbeing",
                "overall")) {
            int score = base + random.nextInt(2);
            if (character == Character.UNSAFE && !theme.equals("learning-opportunities")) {
                score = theme.equals("psychological-safety") ? 1 + random.nextInt(2) : 2 + random.nextInt(2);
            }
            scores.put(theme, score);
        }
        return scores;
    }

    private static Map<String, String> comments(Character character, Random random) {
        if (random.nextInt(3) != 0) {
            return Map.of();
        }
        return character == Character.UNSAFE ? POOR_COMMENTS : GOOD_COMMENTS;
    }
}
