package org.pare.evaluation.support.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EnvironmentRankingTest {
    @Test
    void the_lowest_of_ten_areas_is_in_the_bottom_decile_and_the_second_lowest_is_not() {
        List<EnvironmentRanking.AreaScore> areas = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            areas.add(new EnvironmentRanking.AreaScore(UUID.randomUUID(), 8, 8, 2.0 + i * 0.2));
        }

        var shares = EnvironmentRanking.sharesAtOrBelow(areas);

        assertThat(EnvironmentRanking.inBottom(shares.get(areas.get(0).areaId()), 10))
                .isTrue();
        assertThat(EnvironmentRanking.inBottom(shares.get(areas.get(1).areaId()), 10))
                .isFalse();
        assertThat(EnvironmentRanking.inBottom(shares.get(areas.get(1).areaId()), 20))
                .isTrue();
    }

    @Test
    void an_area_under_five_responses_or_five_answers_to_the_theme_is_neither_ranked_nor_counted() {
        List<EnvironmentRanking.AreaScore> areas = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            areas.add(new EnvironmentRanking.AreaScore(UUID.randomUUID(), 5, 5, 3.0 + i * 0.1));
        }
        var fewResponses = new EnvironmentRanking.AreaScore(UUID.randomUUID(), 4, 4, 1.0);
        var fewAnswers = new EnvironmentRanking.AreaScore(UUID.randomUUID(), 9, 4, 1.0);
        areas.add(fewResponses);
        areas.add(fewAnswers);

        var shares = EnvironmentRanking.sharesAtOrBelow(areas);

        assertThat(shares).doesNotContainKeys(fewResponses.areaId(), fewAnswers.areaId());
        assertThat(shares.get(areas.get(0).areaId())).isEqualTo(0.1);
    }

    @Test
    void areas_tied_at_the_bottom_take_the_share_of_the_whole_tie() {
        List<EnvironmentRanking.AreaScore> areas = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            areas.add(new EnvironmentRanking.AreaScore(UUID.randomUUID(), 6, 6, i < 2 ? 2.0 : 4.0));
        }

        var shares = EnvironmentRanking.sharesAtOrBelow(areas);

        assertThat(shares.get(areas.get(0).areaId())).isEqualTo(0.2);
        assertThat(EnvironmentRanking.inBottom(shares.get(areas.get(0).areaId()), 10))
                .isFalse();
    }
}
