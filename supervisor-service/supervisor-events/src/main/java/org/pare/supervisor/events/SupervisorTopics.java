package org.pare.supervisor.events;

/** The topics supervisor-service produces to, one per aggregate, keyed by aggregate id. */
public final class SupervisorTopics {
    public static final String FEEDBACK = "pare.supervisor.feedback";
    public static final String SIGN_OFF = "pare.supervisor.signoff";
    public static final String INTERVIEW = "pare.supervisor.interview";
    public static final String CONCERN = "pare.supervisor.concern";
    /** SSSA breaches found in allocations, key = placement id. */
    public static final String ASSIGNMENT = "pare.supervisor.assignment";

    private SupervisorTopics() {}
}
