package org.pare.learner.reflection.domain;

import java.util.Objects;
import java.util.UUID;

/** A reflective record; random, so it can be generated on a phone before it reaches the server. */
public record ReflectionId(UUID value) {
    public ReflectionId {
        Objects.requireNonNull(value, "a reflection id needs a value");
    }

    public static ReflectionId random() {
        return new ReflectionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
