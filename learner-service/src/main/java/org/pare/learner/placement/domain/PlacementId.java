package org.pare.learner.placement.domain;

import java.util.Objects;
import java.util.UUID;

public record PlacementId(UUID value) {
    public PlacementId {
        Objects.requireNonNull(value, "a placement id needs a value");
    }

    public static PlacementId random() {
        return new PlacementId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
