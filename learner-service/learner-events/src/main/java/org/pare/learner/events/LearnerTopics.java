package org.pare.learner.events;

/** The topics learner-service produces to, one per aggregate, keyed by aggregate id. */
public final class LearnerTopics {
    /** Compacted: the latest state per personId; erasure is a tombstone plus PersonErased. */
    public static final String PERSON = "pare.learner.person";

    public static final String PLACEMENT = "pare.learner.placement";
    public static final String REFLECTION = "pare.learner.reflection";
    public static final String PULSE = "pare.learner.pulse";

    private LearnerTopics() {}
}
