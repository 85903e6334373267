package org.pare.evaluation.action.http;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pare.evaluation.action.domain.AreaAction;

@Serdeable
record ActionResponse(
        UUID id,
        UUID areaId,
        String owner,
        LocalDate dueOn,
        String status,
        List<String> themes,
        String description,
        String youSaidWeDid) {
    static ActionResponse of(AreaAction a) {
        var t = a.terms();
        return new ActionResponse(
                a.id(),
                a.areaId(),
                t.ownerLoginId(),
                t.dueOn(),
                t.status().name(),
                t.themes(),
                t.description(),
                t.youSaidWeDid());
    }
}
