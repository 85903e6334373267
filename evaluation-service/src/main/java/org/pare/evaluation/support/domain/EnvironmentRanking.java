package org.pare.evaluation.support.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The environment signal's ranking: where each area stands among all areas on one theme. Groups under 5 responses,
 * or under 5 answers to the theme, are left out entirely: nothing is derived from a group that results would
 * suppress.
 */
public final class EnvironmentRanking {
    /** The themes the domain brief watches: psychological safety, and civility and dignity. */
    public static final List<String> THEMES = List.of("psychological-safety", "civility-dignity");

    public static final int MINIMUM = 5;

    private EnvironmentRanking() {}

    /**
     * @param answered how many responses answered the theme (its most answered item)
     * @param score the theme's mean on the scale
     */
    public record AreaScore(UUID areaId, int responses, int answered, double score) {}

    /** Per ranked area, the share of ranked areas scoring the same or lower (1/10 = the lowest of ten). */
    public static Map<UUID, Double> sharesAtOrBelow(List<AreaScore> scores) {
        var ranked = scores.stream()
                .filter(s -> s.responses() >= MINIMUM && s.answered() >= MINIMUM)
                .toList();
        Map<UUID, Double> shares = new HashMap<>();
        for (var area : ranked) {
            long atOrBelow =
                    ranked.stream().filter(o -> o.score() <= area.score()).count();
            shares.put(area.areaId(), (double) atOrBelow / ranked.size());
        }
        return shares;
    }

    /** A tied area takes the share of the whole tie, so a tie never pushes an area into the bottom share. */
    public static boolean inBottom(double shareAtOrBelow, int bottomPercent) {
        return shareAtOrBelow <= bottomPercent / 100.0 + 1e-9;
    }
}
