package org.pare.evaluation.invitation.app;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Map;
import java.util.stream.Collectors;
import org.pare.evaluation.invitation.persistence.PooledResponses;
import org.pare.evaluation.questionnaire.domain.Answers;
import org.pare.evaluation.support.app.RankingEnvironments;

/**
 * Files pooled answers into the results in batches, in random order, in a transaction of its own: a response's
 * transaction id and place on disk then say nothing about which invitation was returned when. A batch waits for
 * {@code min-batch} answers, or at most {@code max-hold}, so quiet areas still see their results. Scores change only
 * here, so the areas are re-ranked for the environment signal in the same transaction.
 */
@Singleton
public class MixingResponses {
    private final PooledResponses pool;
    private final RankingEnvironments ranking;
    private final int minBatch;
    private final Duration maxHold;
    private final SecureRandom random = new SecureRandom();

    MixingResponses(
            PooledResponses pool,
            RankingEnvironments ranking,
            @Value("${pare.evaluation.mixing.min-batch:5}") int minBatch,
            @Value("${pare.evaluation.mixing.max-hold:24h}") Duration maxHold) {
        this.pool = pool;
        this.ranking = ranking;
        this.minBatch = minBatch;
        this.maxHold = maxHold;
    }

    @Scheduled(
            fixedDelay = "${pare.evaluation.mixing.interval:5m}",
            initialDelay = "${pare.evaluation.mixing.initial-delay:1m}")
    @Transactional
    public void mixWhenDue() {
        if (pool.size() >= minBatch || pool.lastMixedBefore(maxHold)) {
            mixNow();
        }
    }

    /** @return how many responses were filed */
    @Transactional
    public int mixNow() {
        var batch = new ArrayList<>(pool.take());
        Collections.shuffle(batch, random);
        for (var pooled : batch) {
            Map<String, Integer> scored = pool.scores(pooled.answers()).entrySet().stream()
                    .filter(e -> e.getValue() != Answers.NOT_APPLICABLE)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            pool.file(pooled, scored);
        }
        pool.markMixed();
        if (!batch.isEmpty()) {
            ranking.rank();
        }
        return batch.size();
    }
}
