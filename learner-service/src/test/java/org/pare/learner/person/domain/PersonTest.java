package org.pare.learner.person.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonTest {
    private final Person known =
            Person.register(new PersonDetails("s1", "Ada Lovelace", "ada@uni.example"), "ADULT_NURSING");

    @Test
    void an_upload_naming_no_professional_group_keeps_the_known_one() {
        Person restated = known.restatedAs(known.details(), null);

        assertThat(restated.professionalGroup()).isEqualTo("ADULT_NURSING");
        assertThat(restated.differsFrom(known)).isFalse();
    }

    @Test
    void a_new_email_is_a_change_but_the_login_and_id_stay() {
        Person restated = known.restatedAs(new PersonDetails("s1", "Ada Lovelace", "ada.king@uni.example"), null);

        assertThat(restated.differsFrom(known)).isTrue();
        assertThat(restated.id()).isEqualTo(known.id());
        assertThat(restated.details().login()).isEqualTo("s1");
    }
}
