package org.pare.notification.reminder.domain;

/** What a scheduled reminder will say, and to whom. */
public enum ReminderKind {
    /** To the supervisor a reflection was shared with for sign-off. */
    SIGN_OFF_REMINDER,
    /** To the learner's practice assessor, when a sign-off request has waited too long. */
    SIGN_OFF_ESCALATION,
    /** To the learner, while their evaluation is open. */
    EVALUATION_REMINDER,
    /** To the practice assessor, before an interview is due. */
    INTERVIEW_DUE
}
