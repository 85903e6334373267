package org.pare.supervisor.assignment.domain;

/** What a person is to a learner on one placement. */
public enum Role {
    PRACTICE_SUPERVISOR,
    PRACTICE_ASSESSOR
}
