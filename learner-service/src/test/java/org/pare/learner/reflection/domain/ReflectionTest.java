package org.pare.learner.reflection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.pare.learner.events.ReflectionShared.Purpose;
import org.pare.learner.person.domain.PersonId;
import org.pare.learner.shared.domain.Refusal;

class ReflectionTest {
    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    static final UUID PLACEMENT = UUID.randomUUID();
    static final PersonId SUPERVISOR = PersonId.random();

    static ReflectionContent content(String title) {
        return new ReflectionContent(
                "quick-capture", 1, title, LocalDate.parse("2026-11-20"), Map.of("what-happened", "x"));
    }

    static Reflection aDraft() {
        return Reflection.draft(ReflectionId.random(), PersonId.random(), content("A fall on the ward"), null, NOW);
    }

    static Reflection aSharedReflection() {
        return aDraft().submit(NOW)
                .reflection()
                .share(PLACEMENT, List.of(SUPERVISOR), Purpose.SIGN_OFF, NOW)
                .reflection();
    }

    @Test
    void a_draft_can_be_edited_and_submitted() {
        var submitted = aDraft().edit(content("Better title"), NOW).submit(NOW);

        assertThat(submitted.reflection().state()).isEqualTo(ReflectionState.SUBMITTED);
        assertThat(submitted.reflection().content().title()).isEqualTo("Better title");
        assertThat(submitted.event().reflectionId())
                .isEqualTo(submitted.reflection().id().value());
    }

    @Test
    void a_submitted_reflection_cannot_be_edited() {
        var submitted = aDraft().submit(NOW).reflection();

        assertThatThrownBy(() -> submitted.edit(content("again"), NOW))
                .isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).kind())
                .isEqualTo(Refusal.Kind.CONFLICT);
    }

    @Test
    void a_draft_cannot_be_shared_before_it_is_submitted() {
        assertThatThrownBy(() -> aDraft().share(PLACEMENT, List.of(SUPERVISOR), Purpose.FEEDBACK, NOW))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void sharing_announces_the_supervisors_and_the_purpose() {
        var shared = aDraft().submit(NOW).reflection().share(PLACEMENT, List.of(SUPERVISOR), Purpose.SIGN_OFF, NOW);

        assertThat(shared.reflection().state()).isEqualTo(ReflectionState.SHARED);
        assertThat(shared.event().supervisorIds()).containsExactly(SUPERVISOR.value());
        assertThat(shared.event().purpose()).isEqualTo(Purpose.SIGN_OFF);
        assertThat(shared.event().placementId()).isEqualTo(PLACEMENT);
    }

    @Test
    void a_signed_off_reflection_is_locked_for_good() {
        var signed = aSharedReflection().signOff(NOW);

        assertThat(signed.isLocked()).isTrue();
        assertThatThrownBy(() -> signed.edit(content("sneaky"), NOW)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> signed.submit(NOW)).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> signed.returnToLearner(NOW)).isInstanceOf(Refusal.class);
    }

    @Test
    void signing_off_twice_changes_nothing() {
        var signed = aSharedReflection().signOff(NOW);

        assertThat(signed.signOff(NOW.plusSeconds(60))).isSameAs(signed);
    }

    @Test
    void a_returned_reflection_can_be_edited_and_submitted_again() {
        var returned = aSharedReflection().returnToLearner(NOW);

        var resubmitted = returned.edit(content("Deeper now"), NOW).submit(NOW);

        assertThat(returned.state()).isEqualTo(ReflectionState.RETURNED);
        assertThat(resubmitted.reflection().state()).isEqualTo(ReflectionState.SUBMITTED);
        assertThat(resubmitted.reflection().returnedAt()).isEqualTo(NOW);
    }

    @Test
    void a_draft_cannot_be_signed_off() {
        assertThatThrownBy(() -> aDraft().signOff(NOW)).isInstanceOf(Refusal.class);
    }

    @Test
    void a_title_over_200_characters_is_refused_naming_the_field() {
        assertThatThrownBy(() -> content("x".repeat(201))).hasMessageStartingWith("title");
    }

    @Test
    void answers_over_20000_characters_in_total_are_refused() {
        var answers = Map.of("a", "x".repeat(10_000), "b", "y".repeat(10_001));

        assertThatThrownBy(() -> new ReflectionContent("quick-capture", 1, "t", LocalDate.now(), answers))
                .hasMessageStartingWith("answers");
    }

    @Test
    void an_answer_to_a_question_the_template_does_not_ask_is_refused() {
        var template = new Template(
                "t", 1, "T", "", true, List.of(new TemplateField("q", "Q", "", TemplateField.Kind.FLAG, null)));

        assertThatThrownBy(() -> ReflectionContent.following(template, "t", LocalDate.now(), Map.of("other", "x")))
                .hasMessageStartingWith("answers.other");
        assertThatThrownBy(() -> ReflectionContent.following(template, "t", LocalDate.now(), Map.of("q", "maybe")))
                .hasMessageStartingWith("answers.q");
    }
}
