package org.pare.learner.placement.http;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pare.learner.placement.app.ReadingMyPlacements;
import org.pare.learner.placement.persistence.LearnerPlacementViews;

/** The caller's own placements, newest first: the learner's home shows the current one and whom to share with. */
@Controller("/api/placements/mine")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class MyPlacementsController {
    private final ReadingMyPlacements reading;

    MyPlacementsController(ReadingMyPlacements reading) {
        this.reading = reading;
    }

    @Serdeable
    record PersonResponse(UUID personId, String name, String role) {}

    @Serdeable
    record PlacementResponse(
            UUID placementId,
            String trust,
            String site,
            String area,
            String profession,
            LocalDate startDate,
            LocalDate endDate,
            String status,
            List<PersonResponse> people) {

        static PlacementResponse of(LearnerPlacementViews.View v) {
            return new PlacementResponse(
                    v.placementId(),
                    v.trust(),
                    v.site(),
                    v.area(),
                    v.profession(),
                    v.startDate(),
                    v.endDate(),
                    v.status(),
                    v.people().stream()
                            .map(p -> new PersonResponse(p.personId(), p.name(), p.role()))
                            .toList());
        }
    }

    @Get
    List<PlacementResponse> mine(Authentication me) throws SQLException {
        return reading.mine(me.getName()).stream().map(PlacementResponse::of).toList();
    }
}
