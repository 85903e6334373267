package org.pare.supervisor.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.testing.GoldenSamples.sample;
import static org.pare.testing.GoldenSamples.sampleAs;
import static org.pare.testing.GoldenSamples.serialised;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SupervisorEventsContractTest {
    static final UUID REFLECTION = UUID.fromString("7a1c3f0e-2b4d-4e6f-8a9b-0c1d2e3f4a5b");
    static final UUID LEARNER = UUID.fromString("1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9");
    static final UUID SUPERVISOR = UUID.fromString("9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a");
    static final UUID OTHER = UUID.fromString("5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f");
    static final Instant AT = Instant.parse("2026-11-20T14:03:07Z");
    static final UUID INTERVIEW = UUID.fromString("3c4d5e6f-7081-4293-a4b5-c6d7e8f90a1b");
    static final UUID PLACEMENT = UUID.fromString("2b3c4d5e-6f70-4182-9384-a5b6c7d8e9f0");
    static final UUID CONCERN = UUID.fromString("4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8");
    static final UUID ACADEMIC_ASSESSOR = UUID.fromString("6f7a8b9c-0d1e-4f2a-b3c4-d5e6f7a8b9c0");
    static final UUID TRUST = UUID.fromString("8a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d");
    static final LocalDate DUE = LocalDate.parse("2026-12-04");

    @Test
    void reflection_signed_off_is_written_as_its_golden_sample() {
        var event = new ReflectionSignedOff(REFLECTION, LEARNER, SUPERVISOR, AT);

        assertThat(serialised(event)).isEqualTo(sample(ReflectionSignedOff.TYPE));
        assertThat(sampleAs(ReflectionSignedOff.TYPE, ReflectionSignedOff.class))
                .isEqualTo(event);
    }

    @Test
    void reflection_returned_is_written_as_its_golden_sample() {
        var event = new ReflectionReturned(REFLECTION, LEARNER, SUPERVISOR, OTHER, AT);

        assertThat(serialised(event)).isEqualTo(sample(ReflectionReturned.TYPE));
        assertThat(sampleAs(ReflectionReturned.TYPE, ReflectionReturned.class)).isEqualTo(event);
    }

    @Test
    void feedback_given_is_written_as_its_golden_sample() {
        var event = new FeedbackGiven(OTHER, LEARNER, SUPERVISOR, List.of("communication", "safety"), REFLECTION, AT);

        assertThat(serialised(event)).isEqualTo(sample(FeedbackGiven.TYPE));
        assertThat(sampleAs(FeedbackGiven.TYPE, FeedbackGiven.class)).isEqualTo(event);
    }

    @Test
    void interview_events_are_written_as_their_golden_samples() {
        assertMatchesSample(
                InterviewScheduled.TYPE,
                new InterviewScheduled(INTERVIEW, PLACEMENT, LEARNER, SUPERVISOR, InterviewKind.MID_POINT, DUE));
        assertMatchesSample(
                InterviewCompleted.TYPE,
                new InterviewCompleted(INTERVIEW, PLACEMENT, LEARNER, SUPERVISOR, InterviewKind.FINAL, AT));
        assertMatchesSample(
                InterviewOverdue.TYPE,
                new InterviewOverdue(INTERVIEW, PLACEMENT, LEARNER, SUPERVISOR, InterviewKind.MID_POINT, DUE));
    }

    @Test
    void concern_events_are_written_as_their_golden_samples() {
        assertMatchesSample(
                ConcernRaised.TYPE,
                new ConcernRaised(
                        CONCERN,
                        LEARNER,
                        PLACEMENT,
                        SUPERVISOR,
                        ConcernCategory.WELLBEING,
                        ACADEMIC_ASSESSOR,
                        TRUST,
                        DUE,
                        AT));
        assertMatchesSample(ConcernReviewed.TYPE, new ConcernReviewed(CONCERN, LEARNER, SUPERVISOR, DUE, AT));
        assertMatchesSample(
                ConcernResolved.TYPE,
                new ConcernResolved(CONCERN, LEARNER, SUPERVISOR, ConcernResolved.Outcome.RESOLVED, AT));
    }

    private static <T> void assertMatchesSample(String type, T event) {
        assertThat(serialised(event)).isEqualTo(sample(type));
        assertThat(sampleAs(type, event.getClass())).isEqualTo(event);
    }

    @Test
    void every_type_follows_the_naming_rule() {
        assertThat(List.of(
                        ReflectionSignedOff.TYPE,
                        ReflectionReturned.TYPE,
                        FeedbackGiven.TYPE,
                        InterviewScheduled.TYPE,
                        InterviewCompleted.TYPE,
                        InterviewOverdue.TYPE,
                        ConcernRaised.TYPE,
                        ConcernReviewed.TYPE,
                        ConcernResolved.TYPE))
                .allMatch(t -> t.matches("pare\\.supervisor\\.[A-Z][A-Za-z]+\\.v[1-9]"));
    }
}
