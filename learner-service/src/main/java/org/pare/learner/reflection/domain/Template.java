package org.pare.learner.reflection.domain;

import java.util.List;
import java.util.Map;
import org.pare.learner.shared.domain.Refusal;

/** A versioned reflection template: data, not code, so a new version never changes old records. */
public record Template(
        String key, int version, String name, String description, boolean isDefault, List<TemplateField> fields) {
    public Template {
        fields = List.copyOf(fields);
    }

    /** Refuses answers to questions the template does not ask, or answers a question cannot take. */
    void check(Map<String, String> answers) {
        answers.forEach((fieldKey, answer) -> {
            TemplateField field = fields.stream()
                    .filter(f -> f.key().equals(fieldKey))
                    .findFirst()
                    .orElseThrow(() ->
                            Refusal.invalid("answers." + fieldKey, "not a field of template " + key + " v" + version));
            if (!field.accepts(answer)) {
                throw Refusal.invalid("answers." + fieldKey, "not an accepted answer");
            }
        });
    }
}
