package org.pare.evaluation.results.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pare.evaluation.results.app.ReadingComments;
import org.pare.evaluation.results.domain.Quarter;
import org.pare.evaluation.shared.http.Caller;

/** Released comments about one of the lead's areas; another trust's area is 404. */
@Controller("/api/results/areas/{areaId}/comments")
@Secured("EDUCATION_LEAD")
@ExecuteOn(TaskExecutors.BLOCKING)
class CommentsController {
    private final ReadingComments comments;

    CommentsController(ReadingComments comments) {
        this.comments = comments;
    }

    @Serdeable
    record CommentsResponse(String quarter, boolean suppressed, List<CommentView> comments) {}

    @Serdeable
    record CommentView(String theme, String body) {}

    @Get
    CommentsResponse comments(Authentication me, UUID areaId, @Nullable @QueryValue String quarter) {
        Quarter q = quarter == null ? Quarter.of(LocalDate.now().minusMonths(1)) : Quarter.parse(quarter);
        var c = comments.of(Caller.of(me).trustOfLead(), areaId, q);
        return new CommentsResponse(
                c.quarter(),
                c.suppressed(),
                c.comments() == null
                        ? null
                        : c.comments().stream()
                                .map(x -> new CommentView(x.theme(), x.body()))
                                .toList());
    }
}
