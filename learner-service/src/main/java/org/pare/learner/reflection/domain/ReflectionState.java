package org.pare.learner.reflection.domain;

/** Where a reflection is in its life: DRAFT → SUBMITTED → SHARED → SIGNED_OFF or RETURNED. */
public enum ReflectionState {
    DRAFT,
    SUBMITTED,
    SHARED,
    SIGNED_OFF,
    RETURNED;

    boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
