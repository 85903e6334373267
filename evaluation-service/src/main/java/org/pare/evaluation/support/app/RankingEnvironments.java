package org.pare.evaluation.support.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.pare.evaluation.questionnaire.domain.Questionnaire;
import org.pare.evaluation.questionnaire.persistence.Questionnaires;
import org.pare.evaluation.results.domain.ItemSum;
import org.pare.evaluation.support.domain.EnvironmentRanking;
import org.pare.evaluation.support.persistence.EnvironmentRanks;

/**
 * Ranks every area on the watched themes over the current quarter and the three before it, for the current
 * questionnaire version, from the rollups. Runs after each mixing batch (the only time scores change) and in the
 * hourly support sweep (the window moves at a quarter's start); an advisory lock lets one instance rank at a time.
 */
@Singleton
public class RankingEnvironments {
    private final EnvironmentRanks ranks;
    private final Questionnaires questionnaires;
    private final Clock clock;

    RankingEnvironments(EnvironmentRanks ranks, Questionnaires questionnaires, Clock clock) {
        this.ranks = ranks;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    @Transactional
    public void rank() {
        ranks.lockForRanking();
        Questionnaire q = questionnaires.current();
        int version = q.version().number();
        Map<UUID, EnvironmentRanks.AreaSums> sums = ranks.sums(version, windowStart(LocalDate.now(clock)));
        List<EnvironmentRanks.Rank> rows = new ArrayList<>();
        for (String key : EnvironmentRanking.THEMES) {
            var theme = q.theme(key).orElse(null);
            if (theme == null) {
                continue;
            }
            List<EnvironmentRanking.AreaScore> scores = new ArrayList<>();
            sums.forEach((area, s) -> score(area, s, theme).ifPresent(scores::add));
            EnvironmentRanking.sharesAtOrBelow(scores)
                    .forEach((area, share) ->
                            rows.add(new EnvironmentRanks.Rank(area, key, version, scoreOf(scores, area), share)));
        }
        ranks.replace(rows, clock.instant());
    }

    /** The first day of the quarter three quarters before today's. */
    static LocalDate windowStart(LocalDate today) {
        return LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3) * 3 + 1, 1)
                .minusMonths(9);
    }

    private static Optional<EnvironmentRanking.AreaScore> score(
            UUID area, EnvironmentRanks.AreaSums s, Questionnaire.Theme theme) {
        ItemSum sum = ItemSum.NONE;
        int answered = 0;
        for (var item : theme.items()) {
            ItemSum i = s.items().getOrDefault(item.key(), ItemSum.NONE);
            sum = sum.plus(i);
            answered = Math.max(answered, i.answered());
        }
        if (sum.answered() == 0) {
            return Optional.empty();
        }
        return Optional.of(
                new EnvironmentRanking.AreaScore(area, s.responses(), answered, (double) sum.total() / sum.answered()));
    }

    private static double scoreOf(List<EnvironmentRanking.AreaScore> scores, UUID area) {
        return scores.stream()
                .filter(s -> s.areaId().equals(area))
                .findFirst()
                .orElseThrow()
                .score();
    }
}
