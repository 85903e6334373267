package org.pare.supervisor.events;

/** What a cause for concern is about. */
public enum ConcernCategory {
    PRACTICE,
    PROFESSIONALISM,
    WELLBEING
}
