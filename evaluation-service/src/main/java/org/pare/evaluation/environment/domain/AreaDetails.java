package org.pare.evaluation.environment.domain;

import java.util.List;
import org.pare.evaluation.shared.domain.Refusal;

/** What an education lead may edit about a placement area. */
public record AreaDetails(String name, List<String> professionGroups, String contact, Integer capacity) {
    public AreaDetails {
        if (name == null || name.isBlank()) {
            throw Refusal.invalid("name", "an area needs a name");
        }
        if (capacity != null && capacity < 0) {
            throw Refusal.invalid("capacity", "must not be negative");
        }
        professionGroups = professionGroups == null ? List.of() : List.copyOf(professionGroups);
    }
}
