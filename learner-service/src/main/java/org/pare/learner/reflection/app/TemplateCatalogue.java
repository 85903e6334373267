package org.pare.learner.reflection.app;

import java.util.List;
import org.pare.learner.reflection.domain.Template;
import org.pare.learner.shared.domain.Refusal;

/** The reflection templates on offer, every version of each. */
public interface TemplateCatalogue {
    List<Template> all();

    /** The template a new reflection follows when the learner names none: quick capture. */
    default Template byDefault() {
        return all().stream().filter(Template::isDefault).findFirst().orElseThrow();
    }

    /** The named template; without a version, its latest. */
    default Template find(String key, Integer version) {
        if (key == null) {
            return byDefault();
        }
        return all().stream()
                .filter(t -> t.key().equals(key) && (version == null || t.version() == version))
                .reduce((a, b) -> a.version() >= b.version() ? a : b)
                .orElseThrow(() -> Refusal.invalid("templateKey", "no template " + key + " v" + version));
    }
}
