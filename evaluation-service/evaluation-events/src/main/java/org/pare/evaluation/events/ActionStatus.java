package org.pare.evaluation.events;

/** Where an area action stands. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DROPPED
}
