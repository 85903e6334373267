package org.pare.evaluation.results.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.pare.evaluation.questionnaire.domain.Questionnaire;

/**
 * Theme scores (mean of the theme's items on the scale) and response counts per area, for the trust, and for all
 * areas, with every small group and every group that subtraction could reveal suppressed.
 */
public record ScoreTable(List<Row> areas, Row trust, Row allAreas) {
    /** @param themes theme key to its cell; the headline theme is among them */
    public record Row(String key, Cell responses, Map<String, Cell> themes) {}

    public static ScoreTable of(Questionnaire q, List<GroupSums> areas, GroupSums all) {
        var trustSums = sum("trust", areas);
        Map<String, Integer> sizes = sizes(areas, GroupSums::responses);
        Set<String> hidden = SmallGroups.hidden(sizes, Set.of());
        boolean trustShown = SmallGroups.totalMayBeShown(sizes, hidden);
        Map<String, Map<String, Cell>> themeCells = new HashMap<>();
        Map<String, Cell> trustThemes = new LinkedHashMap<>();
        Map<String, Cell> allThemes = new LinkedHashMap<>();
        for (var theme : q.themes()) {
            Map<String, Integer> themeSizes = sizes(areas, a -> answered(a, theme));
            Set<String> themeHidden = SmallGroups.hidden(themeSizes, hidden);
            for (var area : areas) {
                themeCells
                        .computeIfAbsent(area.key(), k -> new LinkedHashMap<>())
                        .put(theme.key(), themeHidden.contains(area.key()) ? Cell.SUPPRESSED : score(area, theme));
            }
            boolean trustThemeShown = trustShown && SmallGroups.totalMayBeShown(themeSizes, themeHidden);
            trustThemes.put(theme.key(), trustThemeShown ? score(trustSums, theme) : Cell.SUPPRESSED);
            boolean othersEnough = answered(all, theme) - answered(trustSums, theme) >= SmallGroups.MINIMUM;
            allThemes.put(theme.key(), trustThemeShown && othersEnough ? score(all, theme) : Cell.SUPPRESSED);
        }
        var rows = areas.stream()
                .map(a -> new Row(
                        a.key(),
                        hidden.contains(a.key()) ? Cell.SUPPRESSED : Cell.of(null, a.responses()),
                        themeCells.get(a.key())))
                .toList();
        boolean allShown = trustShown && all.responses() - trustSums.responses() >= SmallGroups.MINIMUM;
        return new ScoreTable(
                rows,
                new Row("trust", trustShown ? Cell.of(null, trustSums.responses()) : Cell.SUPPRESSED, trustThemes),
                new Row("all", allShown ? Cell.of(null, all.responses()) : Cell.SUPPRESSED, allThemes));
    }

    private static Cell score(GroupSums group, Questionnaire.Theme theme) {
        ItemSum sum = theme.items().stream().map(i -> group.item(i.key())).reduce(ItemSum.NONE, ItemSum::plus);
        int n = answered(group, theme);
        return Cell.of(sum.answered() == 0 ? null : Math.round(10.0 * sum.total() / sum.answered()) / 10.0, n);
    }

    /** The most answers any one item of the theme had: how many responses the theme's score rests on. */
    private static int answered(GroupSums group, Questionnaire.Theme theme) {
        return theme.items().stream()
                .mapToInt(i -> group.item(i.key()).answered())
                .max()
                .orElse(0);
    }

    private static Map<String, Integer> sizes(List<GroupSums> areas, ToIntFunction<GroupSums> size) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        areas.forEach(a -> sizes.put(a.key(), size.applyAsInt(a)));
        return sizes;
    }

    private static GroupSums sum(String key, List<GroupSums> groups) {
        Map<String, ItemSum> items = new HashMap<>();
        groups.forEach(g -> g.items().forEach((item, s) -> items.merge(item, s, ItemSum::plus)));
        return new GroupSums(key, groups.stream().mapToInt(GroupSums::responses).sum(), items);
    }
}
