package org.pare.evaluation.invitation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers to questionnaire version 1 as a phone would send them. */
public final class Answering {
    static final List<String> ITEMS = List.of(
            "welcomed",
            "part-of-team",
            "safe-to-ask",
            "admit-mistake",
            "raise-concern",
            "dignity-respect",
            "no-bullying",
            "timely-feedback",
            "supervisor-available",
            "feedback-linked",
            "listened",
            "enough-opportunities",
            "right-responsibility",
            "be-myself",
            "treated-fairly",
            "wellbeing-support",
            "emotional-space",
            "would-recommend");

    private Answering() {}

    /** Every item answered with {@code score}, and the given comments. */
    public static Map<String, Object> all(int score, Map<String, String> comments) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        ITEMS.forEach(item -> answers.put(item, score));
        return Map.of("answers", answers, "comments", comments);
    }

    public static Map<String, Object> some(Map<String, Integer> answers, Map<String, String> comments) {
        return Map.of("answers", answers, "comments", comments);
    }
}
