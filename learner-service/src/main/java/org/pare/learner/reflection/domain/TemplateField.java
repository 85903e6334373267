package org.pare.learner.reflection.domain;

import java.util.List;

/** One question of a template. A FLAG is answered "true" or "false", a CHOICE with one of its options. */
public record TemplateField(String key, String label, String hint, Kind kind, List<String> options) {
    public enum Kind {
        TEXT,
        FLAG,
        CHOICE
    }

    public TemplateField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    boolean accepts(String answer) {
        return switch (kind) {
            case TEXT -> true;
            case FLAG -> answer.equals("true") || answer.equals("false");
            case CHOICE -> options.contains(answer);
        };
    }
}
