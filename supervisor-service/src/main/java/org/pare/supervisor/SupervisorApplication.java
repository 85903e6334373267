package org.pare.supervisor;

import io.micronaut.runtime.Micronaut;

public final class SupervisorApplication {
    private SupervisorApplication() {}

    public static void main(String[] args) {
        Micronaut.run(SupervisorApplication.class, args);
    }
}
