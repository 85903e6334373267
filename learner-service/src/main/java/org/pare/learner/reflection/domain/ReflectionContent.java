package org.pare.learner.reflection.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.pare.learner.shared.domain.Refusal;

/**
 * What the learner wrote: a title and date (required), and the answers to one template's fields. Text is
 * kept exactly as typed; escaping is the pages' job.
 */
public record ReflectionContent(
        String templateKey, int templateVersion, String title, LocalDate occurredOn, Map<String, String> answers) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_ANSWERS = 20_000;

    public ReflectionContent {
        if (title == null || title.isBlank()) {
            throw Refusal.invalid("title", "is required");
        }
        if (title.length() > MAX_TITLE) {
            throw Refusal.invalid("title", "must be at most " + MAX_TITLE + " characters");
        }
        if (occurredOn == null) {
            throw Refusal.invalid("date", "is required");
        }
        answers = answers == null ? Map.of() : new TreeMap<>(answers);
        if (answers.values().stream().anyMatch(a -> a == null)) {
            throw Refusal.invalid("answers", "an answer cannot be null");
        }
        int total = answers.values().stream().mapToInt(String::length).sum();
        if (total > MAX_ANSWERS) {
            throw Refusal.invalid("answers", "must be at most " + MAX_ANSWERS + " characters in total");
        }
        answers = Map.copyOf(answers);
    }

    /** The content, checked against the template it claims to follow. */
    public static ReflectionContent following(
            Template template, String title, LocalDate occurredOn, Map<String, String> answers) {
        var content = new ReflectionContent(template.key(), template.version(), title, occurredOn, answers);
        template.check(content.answers());
        return content;
    }
}
