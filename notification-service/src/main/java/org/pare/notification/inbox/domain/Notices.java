package org.pare.notification.inbox.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** The wording of every message: each says what happened, what to do, and links to the page that does it. */
public final class Notices {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private final Links links;

    public Notices(Links links) {
        this.links = links;
    }

    public Notice reflectionShared(UUID reflectionId, boolean forSignOff) {
        String asked = forSignOff ? "sign off" : "give feedback on";
        return new Notice(
                NoticeKind.REFLECTION_SHARED,
                "A learner asked you to " + asked + " a reflection",
                "Read the reflection shared with you and "
                        + (forSignOff ? "sign it off or return it." : "give feedback."),
                "Review the reflection",
                links.reflectionToReview(reflectionId));
    }

    public Notice signOffReminder(UUID reflectionId) {
        return new Notice(
                NoticeKind.SIGN_OFF_REMINDER,
                "A reflection is still waiting for your sign-off",
                "A learner asked you to sign off a reflection more than 2 days ago. Sign it off or return it.",
                "Review the reflection",
                links.reflectionToReview(reflectionId));
    }

    public Notice signOffEscalation() {
        return new Notice(
                NoticeKind.SIGN_OFF_ESCALATION,
                "A learner's sign-off request has waited a week",
                "A reflection one of your learners shared for sign-off has not been signed off or returned."
                        + " Check that their supervisor can act on it.",
                "Open your learners",
                links.supervisorHome());
    }

    public Notice feedbackGiven() {
        return new Notice(
                NoticeKind.FEEDBACK_GIVEN,
                "You have new feedback",
                "A supervisor gave you feedback. Read it and reflect on it while it is fresh.",
                "Read your feedback",
                links.learnerHome());
    }

    public Notice signedOff() {
        return new Notice(
                NoticeKind.REFLECTION_SIGNED_OFF,
                "Your reflection was signed off",
                "Nothing more to do: it is now part of your record.",
                "See your reflections",
                links.learnerHome());
    }

    public Notice returned() {
        return new Notice(
                NoticeKind.REFLECTION_RETURNED,
                "Your reflection was returned to you",
                "Read the comment, change the reflection and submit it again.",
                "Open your reflections",
                links.learnerHome());
    }

    public Notice evaluationInvited(UUID invitationId, LocalDate dueOn) {
        return new Notice(
                NoticeKind.EVALUATION_INVITED,
                "Please evaluate your placement",
                "Tell us about your placement in under 4 minutes, by " + DAY.format(dueOn)
                        + ". Your answers are never linked to your name.",
                "Evaluate your placement",
                links.evaluation(invitationId));
    }

    public Notice evaluationReminder(UUID invitationId) {
        return new Notice(
                NoticeKind.EVALUATION_REMINDER,
                "Your placement evaluation is still open",
                "It takes under 4 minutes and helps the next learners. Your answers are never linked to your name.",
                "Evaluate your placement",
                links.evaluation(invitationId));
    }

    public Notice concernRaised() {
        return new Notice(
                NoticeKind.CONCERN_RAISED,
                "A cause for concern was raised about a learner",
                "Read the concern and agree the action plan with the learner's assessor.",
                "Open the concern",
                links.supervisorHome());
    }

    public Notice learnerFlagged() {
        return new Notice(
                NoticeKind.LEARNER_FLAGGED,
                "A learner may need support",
                "Review the reasons on the dashboard and decide who will contact the learner.",
                "Open the dashboard",
                links.dashboard());
    }

    public Notice interviewDue(LocalDate dueOn) {
        return new Notice(
                NoticeKind.INTERVIEW_DUE,
                "An interview with a learner is due on " + DAY.format(dueOn),
                "Arrange the interview with your learner and record it when it is held.",
                "Open your learners",
                links.supervisorHome());
    }

    public Notice interviewOverdue(LocalDate dueOn) {
        return new Notice(
                NoticeKind.INTERVIEW_OVERDUE,
                "An interview due on " + DAY.format(dueOn) + " has not been recorded",
                "Hold the interview with your learner as soon as you can and record it.",
                "Open your learners",
                links.supervisorHome());
    }

    public Notice areaActionOverdue(LocalDate dueOn) {
        return new Notice(
                NoticeKind.AREA_ACTION_OVERDUE,
                "An area action you own was due on " + DAY.format(dueOn),
                "Update the action: mark it done, or agree a new date.",
                "Open the action plan",
                links.dashboard());
    }
}
