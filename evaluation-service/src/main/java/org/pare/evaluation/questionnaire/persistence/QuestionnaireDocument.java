package org.pare.evaluation.questionnaire.persistence;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.pare.evaluation.questionnaire.domain.Questionnaire;
import org.pare.evaluation.questionnaire.domain.QuestionnaireVersion;

/** The stored JSON form of a questionnaire (table questionnaire, column definition). */
@Serdeable
record QuestionnaireDocument(Scale scale, String headline, List<Theme> themes) {
    @Serdeable
    record Scale(int min, int max, List<String> labels, String notApplicable) {}

    @Serdeable
    record Theme(String key, String title, List<Item> items) {}

    @Serdeable
    record Item(String key, String text) {}

    Questionnaire toDomain(int version) {
        return new Questionnaire(
                new QuestionnaireVersion(version),
                new Questionnaire.Scale(scale.min(), scale.max(), scale.labels(), scale.notApplicable()),
                themes.stream()
                        .map(t -> new Questionnaire.Theme(
                                t.key(),
                                t.title(),
                                t.items().stream()
                                        .map(i -> new Questionnaire.Item(i.key(), i.text()))
                                        .toList()))
                        .toList(),
                headline);
    }
}
