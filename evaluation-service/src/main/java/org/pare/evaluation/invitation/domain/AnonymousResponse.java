package org.pare.evaluation.invitation.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import org.pare.evaluation.questionnaire.domain.Answers;

/**
 * Answers with nothing that leads back to the learner: a random id, the area, the questionnaire version, the
 * profession group and the quarter the placement ended in. Comments carry the coarse date after which the area
 * may read them.
 */
public record AnonymousResponse(
        UUID id,
        UUID areaId,
        int questionnaireVersion,
        String professionGroup,
        LocalDate quarter,
        Answers answers,
        LocalDate commentsReleaseAfter) {
    /** Days after the placement's end by which its assessment is final even without a final interview. */
    public static final int DAYS_UNTIL_ASSESSMENT_FINAL = 14;

    /**
     * @param finalInterviewOn when the final interview was held, if it was, before the learner answered
     */
    public static AnonymousResponse of(Invitation invitation, Answers answers, LocalDate finalInterviewOn) {
        return new AnonymousResponse(
                UUID.randomUUID(),
                invitation.areaId(),
                invitation.questionnaireVersion(),
                invitation.professionGroup(),
                quarterOf(invitation.placementEnd()),
                answers,
                releaseAfter(invitation.placementEnd(), finalInterviewOn));
    }

    public static LocalDate quarterOf(LocalDate day) {
        int firstMonth = (day.getMonthValue() - 1) / 3 * 3 + 1;
        return LocalDate.of(day.getYear(), firstMonth, 1);
    }

    /**
     * Comments are released once the placement has ended and its assessment is final: the final interview held,
     * or 14 days past the end date, whichever is sooner, never before the end. Rounded up to a Monday so the date
     * does not point at one placement.
     */
    public static LocalDate releaseAfter(LocalDate placementEnd, LocalDate finalInterviewOn) {
        LocalDate finalOn = placementEnd.plusDays(DAYS_UNTIL_ASSESSMENT_FINAL);
        if (finalInterviewOn != null && finalInterviewOn.isBefore(finalOn)) {
            finalOn = finalInterviewOn.isAfter(placementEnd) ? finalInterviewOn : placementEnd;
        }
        return finalOn.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    }
}
