package org.pare.evaluation.results.domain;

import java.util.Map;

/** A group's responses (an area, a trust, all areas) and its per-item sums. */
public record GroupSums(String key, int responses, Map<String, ItemSum> items) {
    public GroupSums {
        items = Map.copyOf(items);
    }

    public ItemSum item(String key) {
        return items.getOrDefault(key, ItemSum.NONE);
    }
}
