package org.pare.evaluation.support.http;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import org.pare.evaluation.support.app.HandlingSupportFlags;

/** The learner's view of support: that someone has noticed, and who will contact them. No reasons, no score. */
@Controller("/api/my-support")
@Secured("LEARNER")
@ExecuteOn(TaskExecutors.BLOCKING)
class MySupportController {
    private final HandlingSupportFlags handling;

    MySupportController(HandlingSupportFlags handling) {
        this.handling = handling;
    }

    @Serdeable
    record MySupport(boolean flagged, String contact) {}

    @Get
    MySupport mine(Authentication me) {
        return handling.mine(me.getName())
                .map(f -> new MySupport(true, f.contact()))
                .orElse(new MySupport(false, null));
    }
}
