package org.pare.supervisor.events;

/** The three reviews a practice assessor holds with a learner on every placement. */
public enum InterviewKind {
    INITIAL,
    MID_POINT,
    FINAL
}
