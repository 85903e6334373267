package org.pare.notification.inbox.domain;

/** Why a message was sent; part of its derived id, so one event may tell one recipient several different things. */
public enum NoticeKind {
    REFLECTION_SHARED,
    FEEDBACK_GIVEN,
    REFLECTION_SIGNED_OFF,
    REFLECTION_RETURNED,
    EVALUATION_INVITED,
    EVALUATION_REMINDER,
    CONCERN_RAISED,
    LEARNER_FLAGGED,
    INTERVIEW_DUE,
    INTERVIEW_OVERDUE,
    AREA_ACTION_OVERDUE,
    SIGN_OFF_REMINDER,
    SIGN_OFF_ESCALATION,
    DIGEST
}
