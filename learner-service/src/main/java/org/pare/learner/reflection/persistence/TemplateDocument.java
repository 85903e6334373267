package org.pare.learner.reflection.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.pare.learner.reflection.domain.Template;
import org.pare.learner.reflection.domain.TemplateField;

/** A template as written in the resource file. */
@Serdeable
record TemplateDocument(
        String key, int version, String name, String description, boolean isDefault, List<Field> fields) {

    @Serdeable
    record Field(String key, String label, String hint, TemplateField.Kind kind, @Nullable List<String> options) {}

    Template toTemplate() {
        return new Template(
                key,
                version,
                name,
                description,
                isDefault,
                fields.stream()
                        .map(f -> new TemplateField(f.key(), f.label(), f.hint(), f.kind(), f.options()))
                        .toList());
    }
}
