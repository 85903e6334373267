package org.pare.supervisor.concern.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pare.supervisor.concern.app.ReadingConcerns;

/** Concerns for the people who follow them up: open ones in a list, and one with its plan and reviews. */
@Controller("/api/concerns")
@Secured({"PRACTICE_SUPERVISOR", "PRACTICE_ASSESSOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
class ConcernReadingController {
    private final ReadingConcerns reading;

    ConcernReadingController(ReadingConcerns reading) {
        this.reading = reading;
    }

    @Serdeable
    record ConcernSummary(
            UUID concernId,
            UUID learnerId,
            String learnerName,
            String areaName,
            String category,
            LocalDate reviewOn,
            Instant raisedAt,
            String raisedByName,
            boolean raisedByMe) {
        static ConcernSummary of(ReadingConcerns.Summary s) {
            return new ConcernSummary(
                    s.concernId(),
                    s.learnerId(),
                    s.learnerName(),
                    s.areaName(),
                    s.category(),
                    s.reviewOn(),
                    s.raisedAt(),
                    s.raisedByName(),
                    s.raisedByMe());
        }
    }

    @Serdeable
    record ReviewView(
            String reviewedByName,
            String notes,
            @Nullable String actions,
            @Nullable String supportOffered,
            @Nullable LocalDate nextReviewOn,
            Instant reviewedAt) {}

    @Serdeable
    record ConcernDetail(
            ConcernSummary concern,
            String description,
            String actions,
            String supportOffered,
            @Nullable String outcome,
            @Nullable String outcomeNotes,
            @Nullable Instant resolvedAt,
            List<ReviewView> reviews) {}

    @Get
    List<ConcernSummary> open(Authentication me) {
        return reading.openFor(me.getName()).stream().map(ConcernSummary::of).toList();
    }

    @Get("/{id}")
    ConcernDetail one(Authentication me, UUID id) {
        var d = reading.one(me.getName(), id);
        return new ConcernDetail(
                ConcernSummary.of(d.summary()),
                d.description(),
                d.actions(),
                d.supportOffered(),
                d.outcome(),
                d.outcomeNotes(),
                d.resolvedAt(),
                d.reviews().stream()
                        .map(r -> new ReviewView(
                                r.reviewedByName(),
                                r.notes(),
                                r.actions(),
                                r.supportOffered(),
                                r.nextReviewOn(),
                                r.reviewedAt()))
                        .toList());
    }
}
