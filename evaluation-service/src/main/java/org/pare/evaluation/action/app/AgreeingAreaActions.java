package org.pare.evaluation.action.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.pare.evaluation.action.domain.Agreement;
import org.pare.evaluation.action.domain.AreaAction;
import org.pare.evaluation.action.persistence.AreaActionAgreements;
import org.pare.evaluation.action.persistence.AreaActions;
import org.pare.evaluation.shared.domain.Refusal;

/**
 * The university side of an area's plan: the placement office of a university that places learners in the area
 * reads the plan and agrees or comments on each action. A university with no learners there is told the area (and
 * its actions) do not exist.
 */
@Singleton
public class AgreeingAreaActions {
    private final AreaActions actions;
    private final AreaActionAgreements agreements;
    private final Clock clock;

    AgreeingAreaActions(AreaActions actions, AreaActionAgreements agreements, Clock clock) {
        this.actions = actions;
        this.agreements = agreements;
        this.clock = clock;
    }

    public record Planned(AreaAction action, List<AreaActionAgreements.Shown> agreements) {}

    @Transactional(readOnly = true)
    public List<AreaActionAgreements.UniversityArea> areas(UUID universityId) {
        return agreements.areasOf(universityId);
    }

    @Transactional(readOnly = true)
    public List<Planned> plan(UUID universityId, UUID areaId) {
        if (!agreements.placesLearnersIn(universityId, areaId)) {
            throw Refusal.notFound("area");
        }
        return withAgreements(actions.ofArea(areaId));
    }

    @Transactional
    public Planned agree(
            UUID universityId, String loginId, UUID actionId, Agreement.Decision decision, String comment) {
        var action = actions.find(actionId)
                .filter(a -> agreements.placesLearnersIn(universityId, a.areaId()))
                .orElseThrow(() -> Refusal.notFound("action"));
        agreements.save(new Agreement(actionId, universityId, decision, comment, loginId, clock.instant()));
        return withAgreements(List.of(action)).get(0);
    }

    /** The actions with every university's word on each, for the lead's and the university's views alike. */
    @Transactional(readOnly = true)
    public List<Planned> withAgreements(List<AreaAction> planned) {
        Map<UUID, List<AreaActionAgreements.Shown>> words =
                agreements.ofActions(planned.stream().map(AreaAction::id).toList());
        return planned.stream()
                .map(a -> new Planned(a, words.getOrDefault(a.id(), List.of())))
                .toList();
    }
}
