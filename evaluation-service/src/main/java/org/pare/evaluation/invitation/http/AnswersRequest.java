package org.pare.evaluation.invitation.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.pare.evaluation.questionnaire.domain.Answers;

/**
 * Answers as the phone sends them: item key to 1..5, or 0 for "not applicable"; theme key to an optional
 * comment.
 */
@Serdeable
public record AnswersRequest(
        @Nullable @Size(max = 100) Map<String, Integer> answers,
        @Nullable @Size(max = 30) Map<String, String> comments) {
    Answers toAnswers() {
        return new Answers(answers, comments);
    }
}
