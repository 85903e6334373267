package org.pare.learner.reflection.http;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.pare.learner.reflection.domain.Template;

/** A template for the pages to render: field keys, labels and hints. */
@Serdeable
record TemplateResponse(
        String key, int version, String name, String description, boolean isDefault, List<Field> fields) {

    @Serdeable
    record Field(String key, String label, String hint, String kind, List<String> options) {}

    static TemplateResponse of(Template t) {
        return new TemplateResponse(
                t.key(),
                t.version(),
                t.name(),
                t.description(),
                t.isDefault(),
                t.fields().stream()
                        .map(f ->
                                new Field(f.key(), f.label(), f.hint(), f.kind().name(), f.options()))
                        .toList());
    }
}
