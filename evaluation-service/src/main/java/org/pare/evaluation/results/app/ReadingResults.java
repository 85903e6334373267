package org.pare.evaluation.results.app;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.pare.evaluation.questionnaire.domain.Questionnaire;
import org.pare.evaluation.questionnaire.persistence.Questionnaires;
import org.pare.evaluation.results.domain.Quarter;
import org.pare.evaluation.results.domain.ReturnRate;
import org.pare.evaluation.results.domain.ScoreTable;
import org.pare.evaluation.results.persistence.ReturnRollups;
import org.pare.evaluation.results.persistence.ScoreRollups;
import org.pare.evaluation.shared.domain.Refusal;

/** An education lead's results for their own trust: return rates and theme scores, small groups suppressed. */
@Singleton
public class ReadingResults {
    private final ScoreRollups scores;
    private final AllAreasComparison allAreas;
    private final ReturnRollups returns;
    private final Questionnaires questionnaires;
    private final double target;

    ReadingResults(
            ScoreRollups scores,
            AllAreasComparison allAreas,
            ReturnRollups returns,
            Questionnaires questionnaires,
            @Value("${pare.evaluation.return-rate-target:0.8}") double target) {
        this.scores = scores;
        this.allAreas = allAreas;
        this.returns = returns;
        this.questionnaires = questionnaires;
        this.target = target;
    }

    public record Scores(
            Quarter quarter, Questionnaire questionnaire, List<ScoreRollups.AreaRollup> areas, ScoreTable table) {}

    public record Returns(double target, List<ReturnRate> rows, ReturnRate total) {}

    @Transactional(readOnly = true)
    public Scores scores(UUID trustId, Quarter quarter, Integer version) {
        Questionnaire q = version == null ? questionnaires.current() : questionnaires.version(version);
        int v = q.version().number();
        var areas = scores.areasOfTrust(trustId, quarter.firstDay(), v);
        var table = ScoreTable.of(
                q, areas.stream().map(ScoreRollups.AreaRollup::sums).toList(), allAreas.of(quarter.firstDay(), v));
        return new Scores(quarter, q, areas, table);
    }

    /** @param by area, site, profession or month */
    @Transactional(readOnly = true)
    public Returns returnRates(UUID trustId, String by, YearMonth from, YearMonth to) {
        if (from.isAfter(to) || from.plusYears(5).isBefore(to)) {
            throw Refusal.invalid("from", "must be before to, and at most five years before it");
        }
        LocalDate first = from.atDay(1);
        LocalDate last = to.atDay(1);
        var counts =
                switch (by) {
                    case "area" -> returns.byArea(trustId, first, last);
                    case "site" -> ReturnRate.bySite(returns.byArea(trustId, first, last));
                    case "profession" -> returns.byProfession(trustId, first, last);
                    case "month" -> returns.byMonth(trustId, first, last);
                    default -> throw Refusal.invalid("by", "must be area, site, profession or month");
                };
        var rows = counts.stream().map(ReturnRate::of).toList();
        return new Returns(target, rows, ReturnRate.total(counts));
    }
}
