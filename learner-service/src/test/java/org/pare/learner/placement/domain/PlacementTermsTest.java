package org.pare.learner.placement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pare.learner.person.domain.PersonId;

class PlacementTermsTest {
    private final PersonId ps1 = PersonId.random();
    private final PersonId ps2 = PersonId.random();
    private final PersonId pa = PersonId.random();
    private final PersonId aa = PersonId.random();

    @Test
    void the_order_supervisors_are_listed_in_is_not_a_change() {
        Placement.Terms one = terms(List.of(ps1, ps2));
        Placement.Terms other = terms(List.of(ps2, ps1, ps2));

        assertThat(one).isEqualTo(other);
        assertThat(other.practiceSupervisorIds()).hasSize(2);
    }

    @Test
    void another_end_date_is_a_change() {
        Placement.Terms one = terms(List.of(ps1));
        Placement.Terms later = new Placement.Terms("ADULT_NURSING", LocalDate.of(2026, 4, 10), List.of(ps1), pa, aa);

        assertThat(one).isNotEqualTo(later);
    }

    private Placement.Terms terms(List<PersonId> supervisors) {
        return new Placement.Terms("ADULT_NURSING", LocalDate.of(2026, 3, 27), supervisors, pa, aa);
    }
}
