package org.pare.evaluation.support.domain;

/** Why a learner was flagged: codes from a fixed list, never a score. */
public enum Reason {
    CONCERN_RAISED,
    LOW_PULSE,
    CONTACT_REQUESTED,
    NO_ACTIVITY,
    SIGN_OFF_PENDING,
    MID_POINT_INTERVIEW_MISSED
}
