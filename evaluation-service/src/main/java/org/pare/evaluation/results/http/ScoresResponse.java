package org.pare.evaluation.results.http;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pare.evaluation.results.app.ReadingResults;
import org.pare.evaluation.results.domain.Cell;
import org.pare.evaluation.results.domain.ScoreTable;

/** Theme scores of a trust's areas for one quarter; suppressed cells say so and carry no figure. */
@Serdeable
public record ScoresResponse(
        String quarter,
        int questionnaireVersion,
        String headline,
        List<Theme> themes,
        Row trust,
        Row allAreas,
        List<Row> areas) {

    @Serdeable
    public record Theme(String key, String title) {}

    @Serdeable
    public record Row(UUID areaId, String name, String siteName, Cell responses, Map<String, Cell> themes) {}

    static ScoresResponse of(ReadingResults.Scores s) {
        ScoreTable t = s.table();
        Map<String, ScoreTable.Row> rows =
                t.areas().stream().collect(Collectors.toMap(ScoreTable.Row::key, Function.identity()));
        var areas = s.areas().stream()
                .map(a -> {
                    var row = rows.get(String.valueOf(a.areaId()));
                    return new Row(a.areaId(), a.name(), a.siteName(), row.responses(), row.themes());
                })
                .toList();
        return new ScoresResponse(
                s.quarter().toString(),
                s.questionnaire().version().number(),
                s.questionnaire().headline(),
                s.questionnaire().themes().stream()
                        .map(th -> new Theme(th.key(), th.title()))
                        .toList(),
                new Row(
                        null,
                        "Whole trust",
                        null,
                        t.trust().responses(),
                        t.trust().themes()),
                new Row(
                        null,
                        "All areas",
                        null,
                        t.allAreas().responses(),
                        t.allAreas().themes()),
                areas);
    }
}
