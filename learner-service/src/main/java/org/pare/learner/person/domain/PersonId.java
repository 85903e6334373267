package org.pare.learner.person.domain;

import java.util.Objects;
import java.util.UUID;

/** A person in the directory; the only way other services and events refer to a person. */
public record PersonId(UUID value) {
    public PersonId {
        Objects.requireNonNull(value, "a person id needs a value");
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
