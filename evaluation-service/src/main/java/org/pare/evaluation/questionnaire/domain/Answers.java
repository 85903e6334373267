package org.pare.evaluation.questionnaire.domain;

import java.util.Map;
import java.util.TreeMap;
import org.pare.evaluation.shared.domain.Refusal;

/**
 * A learner's answers to one questionnaire: per item a point on the scale, or {@link #NOT_APPLICABLE}; per theme
 * an optional comment.
 */
public record Answers(Map<String, Integer> scores, Map<String, String> comments) {
    /** The value that means "not applicable": counted as answered, never in a score. */
    public static final int NOT_APPLICABLE = 0;

    public static final int MAX_COMMENT_LENGTH = 1000;

    public Answers {
        scores = Map.copyOf(scores == null ? Map.of() : new TreeMap<>(scores));
        comments = Map.copyOf(comments == null ? Map.of() : stripBlank(comments));
    }

    /** Checks every answer against the questionnaire; a draft may leave items out, a submission may not. */
    public Answers checkedAgainst(Questionnaire questionnaire, boolean complete) {
        var items = questionnaire.themeOfItem();
        for (var answer : scores.entrySet()) {
            if (!items.containsKey(answer.getKey())) {
                throw Refusal.invalid("answers." + answer.getKey(), "no such item in " + questionnaire.version());
            }
            Integer value = answer.getValue();
            boolean onScale = value != null
                    && value >= questionnaire.scale().min()
                    && value <= questionnaire.scale().max();
            if (!onScale && (value == null || value != NOT_APPLICABLE)) {
                throw Refusal.invalid(
                        "answers." + answer.getKey(),
                        "must be %d to %d, or 0 for not applicable"
                                .formatted(
                                        questionnaire.scale().min(),
                                        questionnaire.scale().max()));
            }
        }
        for (var comment : comments.entrySet()) {
            if (questionnaire.theme(comment.getKey()).isEmpty()) {
                throw Refusal.invalid("comments." + comment.getKey(), "no such theme");
            }
            if (comment.getValue().length() > MAX_COMMENT_LENGTH) {
                throw Refusal.invalid("comments." + comment.getKey(), "at most " + MAX_COMMENT_LENGTH + " characters");
            }
        }
        if (complete && !scores.keySet().containsAll(items.keySet())) {
            throw Refusal.invalid("answers", "every item needs an answer (or not applicable) before you send");
        }
        return this;
    }

    private static Map<String, String> stripBlank(Map<String, String> comments) {
        var kept = new TreeMap<String, String>();
        comments.forEach((theme, text) -> {
            if (theme != null && text != null && !text.isBlank()) {
                kept.put(theme, text.strip());
            }
        });
        return kept;
    }
}
