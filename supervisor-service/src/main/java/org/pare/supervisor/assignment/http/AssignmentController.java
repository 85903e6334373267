package org.pare.supervisor.assignment.http;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import org.pare.supervisor.assignment.app.ReadingAssignments;
import org.pare.supervisor.shared.http.Organisation;

/** A supervisor's learners; the SSSA breaches in a trust's allocations for its education lead. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class AssignmentController {
    private final ReadingAssignments reading;

    AssignmentController(ReadingAssignments reading) {
        this.reading = reading;
    }

    @Get("/my-learners")
    @Secured({"PRACTICE_SUPERVISOR", "PRACTICE_ASSESSOR"})
    List<ReadingAssignments.MyLearner> myLearners(Authentication me) {
        return reading.learnersOf(me.getName());
    }

    @Get("/assignment-conflicts")
    @Secured("EDUCATION_LEAD")
    List<ReadingAssignments.ConflictView> conflicts(Authentication me) {
        return reading.conflictsIn(Organisation.of(me));
    }
}
