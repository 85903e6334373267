package org.pare.supervisor.assignment.domain;

import java.util.Objects;
import java.util.UUID;

/** A supervisor, by the personId learner-service gave them; this service never mints its own. */
public record SupervisorId(UUID value) {
    public SupervisorId {
        Objects.requireNonNull(value, "a supervisor id needs a value");
    }

    /** From the personId carried by an event or a token mapping. */
    public static SupervisorId of(String personId) {
        return new SupervisorId(UUID.fromString(Objects.requireNonNull(personId, "personId")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
