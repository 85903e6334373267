package org.pare.evaluation.questionnaire.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One published questionnaire: themes of items answered on a scale, plus "not applicable". Stored as data, so a
 * new version is a new row, not new code.
 *
 * @param headline the theme whose score is the headline "would recommend" score
 */
public record Questionnaire(QuestionnaireVersion version, Scale scale, List<Theme> themes, String headline) {
    public Questionnaire {
        themes = List.copyOf(themes);
    }

    public record Scale(int min, int max, List<String> labels, String notApplicable) {}

    public record Theme(String key, String title, List<Item> items) {
        public Theme {
            items = List.copyOf(items);
        }
    }

    public record Item(String key, String text) {}

    public Stream<Item> items() {
        return themes.stream().flatMap(t -> t.items().stream());
    }

    public Optional<Theme> theme(String key) {
        return themes.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** Which theme each item belongs to. */
    public Map<String, String> themeOfItem() {
        return themes.stream()
                .flatMap(t -> t.items().stream().map(i -> Map.entry(i.key(), t.key())))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
