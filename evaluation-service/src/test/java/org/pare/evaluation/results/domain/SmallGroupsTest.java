package org.pare.evaluation.results.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SmallGroupsTest {
    @Test
    void groups_of_five_or_more_are_all_shown() {
        assertThat(SmallGroups.hidden(Map.of("a", 5, "b", 9), Set.of())).isEmpty();
    }

    @Test
    void a_lone_small_group_takes_the_next_smallest_with_it_so_the_total_cannot_reveal_it() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("big", 20);
        sizes.put("middle", 7);
        sizes.put("small", 2);

        Set<String> hidden = SmallGroups.hidden(sizes, Set.of());

        assertThat(hidden).containsExactlyInAnyOrder("small", "middle");
        assertThat(SmallGroups.totalMayBeShown(sizes, hidden)).isTrue();
    }

    @Test
    void two_small_groups_that_add_up_to_fewer_than_five_take_a_third() {
        var sizes = Map.of("a", 1, "b", 2, "c", 6, "d", 30);

        assertThat(SmallGroups.hidden(sizes, Set.of())).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void two_small_groups_that_add_up_to_five_protect_each_other() {
        assertThat(SmallGroups.hidden(Map.of("a", 2, "b", 3, "c", 6), Set.of())).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void a_total_over_a_single_small_group_is_never_shown() {
        var sizes = Map.of("only", 3);

        assertThat(SmallGroups.totalMayBeShown(sizes, SmallGroups.hidden(sizes, Set.of())))
                .isFalse();
    }

    @Test
    void groups_with_no_responses_hide_nothing_and_protect_nothing() {
        var sizes = Map.of("empty", 0, "small", 3, "big", 10);

        assertThat(SmallGroups.hidden(sizes, Set.of())).containsExactlyInAnyOrder("small", "big");
    }

    @Test
    void a_group_hidden_for_another_reason_counts_as_hidden() {
        assertThat(SmallGroups.hidden(Map.of("a", 8, "b", 9, "c", 12), Set.of("a")))
                .containsExactlyInAnyOrder("a", "b");
    }
}
