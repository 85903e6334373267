package org.pare.evaluation.results.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which cells of a table of groups must not be shown. Primary: a group of fewer than {@link #MINIMUM} responses.
 * Secondary: when the parent total is shown, the hidden groups together could be found by subtracting the shown
 * ones from it, so they must together hold at least {@link #MINIMUM} responses and be at least two; the next
 * smallest shown groups are hidden until that holds. Groups with no responses hide nothing and are left alone.
 */
public final class SmallGroups {
    public static final int MINIMUM = 5;

    private SmallGroups() {}

    /**
     * @param sizes responses per group
     * @param alsoHidden groups hidden for another reason (they count as hidden here too)
     * @return the groups to hide
     */
    public static <K> Set<K> hidden(Map<K, Integer> sizes, Set<K> alsoHidden) {
        Set<K> hidden = new HashSet<>();
        sizes.forEach((group, n) -> {
            if (n > 0 && (n < MINIMUM || alsoHidden.contains(group))) {
                hidden.add(group);
            }
        });
        if (hidden.isEmpty()) {
            return hidden;
        }
        List<K> shown = new ArrayList<>(sizes.keySet().stream()
                .filter(g -> sizes.get(g) > 0 && !hidden.contains(g))
                .toList());
        shown.sort(Comparator.comparingInt(sizes::get));
        while (!safe(hidden, sizes) && !shown.isEmpty()) {
            hidden.add(shown.remove(0));
        }
        return hidden;
    }

    /** True when a total over these groups may be shown beside them without revealing a hidden one. */
    public static <K> boolean totalMayBeShown(Map<K, Integer> sizes, Set<K> hidden) {
        int total = sizes.values().stream().mapToInt(Integer::intValue).sum();
        return total >= MINIMUM && (hidden.isEmpty() || safe(hidden, sizes));
    }

    private static <K> boolean safe(Set<K> hidden, Map<K, Integer> sizes) {
        int together = hidden.stream().mapToInt(sizes::get).sum();
        return hidden.size() >= 2 && together >= MINIMUM;
    }
}
