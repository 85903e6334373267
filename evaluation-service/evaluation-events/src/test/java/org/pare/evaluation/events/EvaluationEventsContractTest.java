package org.pare.evaluation.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.testing.GoldenSamples.sample;
import static org.pare.testing.GoldenSamples.sampleAs;
import static org.pare.testing.GoldenSamples.serialised;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EvaluationEventsContractTest {
    static final UUID INVITATION = UUID.fromString("3c4d5e6f-7081-4293-a4b5-c6d7e8f90a1b");
    static final UUID PLACEMENT = UUID.fromString("2b3c4d5e-6f70-4182-9384-a5b6c7d8e9f0");
    static final UUID LEARNER = UUID.fromString("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9");
    static final UUID AREA = UUID.fromString("9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a");
    static final UUID ACTION = UUID.fromString("4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8");
    static final UUID ACADEMIC_ASSESSOR = UUID.fromString("6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b9c0");
    static final UUID TRUST = UUID.fromString("8a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d");
    static final Instant AT = Instant.parse("2026-11-20T14:03:07Z");
    static final LocalDate DUE = LocalDate.parse("2026-12-04");
    static final String OWNER = "lead.north@trust.example";
    static final List<String> THEMES = List.of("psychological-safety", "supervision");

    @Test
    void evaluation_events_are_written_as_their_golden_samples() {
        assertMatchesSample(
                EvaluationInvited.TYPE, new EvaluationInvited(INVITATION, LEARNER, PLACEMENT, AREA, 1, AT, DUE));
        assertMatchesSample(EvaluationSubmitted.TYPE, new EvaluationSubmitted(INVITATION, LEARNER, PLACEMENT, AT));
        assertMatchesSample(EvaluationOverdue.TYPE, new EvaluationOverdue(INVITATION, LEARNER, PLACEMENT, 3, DUE));
    }

    @Test
    void area_action_events_are_written_as_their_golden_samples() {
        assertMatchesSample(
                AreaActionCreated.TYPE,
                new AreaActionCreated(ACTION, AREA, TRUST, OWNER, DUE, ActionStatus.IN_PROGRESS, THEMES, AT));
        assertMatchesSample(
                AreaActionUpdated.TYPE,
                new AreaActionUpdated(ACTION, AREA, TRUST, OWNER, DUE, ActionStatus.IN_PROGRESS, THEMES, AT));
        assertMatchesSample(AreaActionOverdue.TYPE, new AreaActionOverdue(ACTION, AREA, TRUST, OWNER, DUE));
    }

    @Test
    void a_support_flag_is_written_as_its_golden_sample() {
        assertMatchesSample(
                LearnerFlaggedForSupport.TYPE,
                new LearnerFlaggedForSupport(
                        ACTION, LEARNER, TRUST, ACADEMIC_ASSESSOR, List.of("LOW_PULSE", "CONCERN_RAISED"), AT));
    }

    @Test
    void a_closed_support_flag_is_written_as_its_golden_sample_and_carries_no_note() {
        assertMatchesSample(
                LearnerSupportFlagClosed.TYPE,
                new LearnerSupportFlagClosed(
                        ACTION,
                        LEARNER,
                        TRUST,
                        ACADEMIC_ASSESSOR,
                        List.of("CONCERN_RAISED", "LOW_PULSE"),
                        "EDUCATION_LEAD",
                        true,
                        AT,
                        Instant.parse("2026-11-27T09:30:00Z")));
        assertThat(Arrays.stream(LearnerSupportFlagClosed.class.getRecordComponents())
                        .map(RecordComponent::getName))
                .noneMatch(name -> name.matches("(?i).*(note|text|comment).*"));
    }

    @Test
    void no_evaluation_event_carries_answers_or_comments() {
        for (Class<?> type : List.of(EvaluationInvited.class, EvaluationSubmitted.class, EvaluationOverdue.class)) {
            assertThat(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName))
                    .noneMatch(name -> name.matches("(?i).*(answer|comment|score|response).*"));
        }
    }

    @Test
    void every_type_follows_the_naming_rule() {
        assertThat(List.of(
                        EvaluationInvited.TYPE,
                        EvaluationSubmitted.TYPE,
                        EvaluationOverdue.TYPE,
                        AreaActionCreated.TYPE,
                        AreaActionUpdated.TYPE,
                        AreaActionOverdue.TYPE,
                        LearnerFlaggedForSupport.TYPE,
                        LearnerSupportFlagClosed.TYPE))
                .allMatch(t -> t.matches("pare\\.evaluation\\.[A-Z][A-Za-z]+\\.v[1-9]"));
    }

    private static <T> void assertMatchesSample(String type, T event) {
        assertThat(serialised(event)).isEqualTo(sample(type));
        assertThat(sampleAs(type, event.getClass())).isEqualTo(event);
    }
}
