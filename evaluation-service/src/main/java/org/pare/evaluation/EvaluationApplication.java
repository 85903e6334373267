package org.pare.evaluation;

import io.micronaut.runtime.Micronaut;

public final class EvaluationApplication {
    private EvaluationApplication() {}

    public static void main(String[] args) {
        Micronaut.run(EvaluationApplication.class, args);
    }
}
