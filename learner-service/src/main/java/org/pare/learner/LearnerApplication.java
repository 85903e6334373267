package org.pare.learner;

import io.micronaut.runtime.Micronaut;

public final class LearnerApplication {
    private LearnerApplication() {}

    public static void main(String[] args) {
        Micronaut.run(LearnerApplication.class, args);
    }
}
