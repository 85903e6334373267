package org.pare.learner.reflection.persistence;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.pare.learner.reflection.app.TemplateCatalogue;
import org.pare.learner.reflection.domain.Template;

/** The templates, versioned data in {@code templates/reflection-templates.json}, read once at start. */
@Singleton
class TemplateResources implements TemplateCatalogue {
    private static final String RESOURCE = "/templates/reflection-templates.json";
    private final List<Template> templates;

    TemplateResources(JsonMapper json) {
        try (InputStream in = TemplateResources.class.getResourceAsStream(RESOURCE)) {
            templates = List.copyOf(json.readValue(in.readAllBytes(), Argument.listOf(TemplateDocument.class)).stream()
                    .map(TemplateDocument::toTemplate)
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    @Override
    public List<Template> all() {
        return templates;
    }
}
