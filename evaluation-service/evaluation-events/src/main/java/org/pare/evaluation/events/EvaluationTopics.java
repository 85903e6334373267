package org.pare.evaluation.events;

/** The topics evaluation-service produces to, one per aggregate, keyed by aggregate id. */
public final class EvaluationTopics {
    public static final String EVALUATION = "pare.evaluation.evaluation";
    public static final String ACTION_PLAN = "pare.evaluation.action-plan";
    public static final String SUPPORT_FLAG = "pare.evaluation.support-flag";

    private EvaluationTopics() {}
}
