package org.pare.evaluation.action.http;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.pare.evaluation.action.app.AgreeingAreaActions;
import org.pare.evaluation.action.domain.AreaAction;
import org.pare.evaluation.action.persistence.AreaActionAgreements;

/** An action of an area's plan with each university's word on it. */
@Serdeable
record ActionResponse(
        UUID id,
        UUID areaId,
        String owner,
        LocalDate dueOn,
        String status,
        List<String> themes,
        String description,
        String youSaidWeDid,
        List<AgreementView> agreements) {
    /** @param beforeLastChange the trust changed the action after this word was given */
    @Serdeable
    record AgreementView(
            UUID universityId,
            String universityName,
            String decision,
            String comment,
            String by,
            Instant at,
            boolean beforeLastChange) {
        static AgreementView of(AreaActionAgreements.Shown s) {
            var a = s.agreement();
            return new AgreementView(
                    a.universityId(),
                    s.universityName(),
                    a.decision().name(),
                    a.comment(),
                    a.byLoginId(),
                    a.at(),
                    s.beforeLastChange());
        }
    }

    static ActionResponse of(AgreeingAreaActions.Planned p) {
        var a = p.action();
        var t = a.terms();
        return new ActionResponse(
                a.id(),
                a.areaId(),
                t.ownerLoginId(),
                t.dueOn(),
                t.status().name(),
                t.themes(),
                t.description(),
                t.youSaidWeDid(),
                p.agreements().stream().map(AgreementView::of).toList());
    }

    static ActionResponse of(AreaAction a) {
        return of(new AgreeingAreaActions.Planned(a, List.of()));
    }

    static List<ActionResponse> of(List<AgreeingAreaActions.Planned> planned) {
        return planned.stream().map(ActionResponse::of).toList();
    }
}
