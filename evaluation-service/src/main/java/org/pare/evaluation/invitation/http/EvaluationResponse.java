package org.pare.evaluation.invitation.http;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pare.evaluation.invitation.app.AnsweringEvaluation;
import org.pare.evaluation.invitation.persistence.InvitationRepository;
import org.pare.evaluation.questionnaire.domain.Questionnaire;

/** One of the learner's evaluations: the invitation, and when opened, the questionnaire and the saved draft. */
@Serdeable
public record EvaluationResponse(
        UUID id,
        String areaName,
        String state,
        LocalDate placementEnd,
        LocalDate dueOn,
        int questionnaireVersion,
        QuestionnaireView questionnaire,
        Map<String, Integer> answers,
        Map<String, String> comments) {

    @Serdeable
    public record QuestionnaireView(
            int version, int min, int max, List<String> labels, String notApplicable, List<ThemeView> themes) {
        public static QuestionnaireView of(Questionnaire q) {
            return new QuestionnaireView(
                    q.version().number(),
                    q.scale().min(),
                    q.scale().max(),
                    q.scale().labels(),
                    q.scale().notApplicable(),
                    q.themes().stream()
                            .map(t -> new ThemeView(
                                    t.key(),
                                    t.title(),
                                    t.items().stream()
                                            .map(i -> new ItemView(i.key(), i.text()))
                                            .toList()))
                            .toList());
        }
    }

    @Serdeable
    public record ThemeView(String key, String title, List<ItemView> items) {}

    @Serdeable
    public record ItemView(String key, String text) {}

    static EvaluationResponse listed(InvitationRepository.Listed l) {
        var i = l.invitation();
        return new EvaluationResponse(
                i.id(),
                l.areaName(),
                i.state().name(),
                i.placementEnd(),
                i.dueOn(),
                i.questionnaireVersion(),
                null,
                null,
                null);
    }

    static EvaluationResponse opened(AnsweringEvaluation.Opened o) {
        var i = o.invitation();
        return new EvaluationResponse(
                i.id(),
                o.areaName(),
                i.state().name(),
                i.placementEnd(),
                i.dueOn(),
                i.questionnaireVersion(),
                QuestionnaireView.of(o.questionnaire()),
                o.draft().scores(),
                o.draft().comments());
    }
}
