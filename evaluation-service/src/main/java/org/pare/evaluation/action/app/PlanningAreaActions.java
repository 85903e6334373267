package org.pare.evaluation.action.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pare.evaluation.action.domain.AreaAction;
import org.pare.evaluation.action.persistence.AreaActions;
import org.pare.evaluation.environment.persistence.EnvironmentRepository;
import org.pare.evaluation.events.AreaActionCreated;
import org.pare.evaluation.events.AreaActionUpdated;
import org.pare.evaluation.events.EvaluationTopics;
import org.pare.evaluation.person.persistence.PersonDirectory;
import org.pare.evaluation.questionnaire.domain.Questionnaire;
import org.pare.evaluation.questionnaire.persistence.Questionnaires;
import org.pare.evaluation.shared.domain.Refusal;
import org.pare.messaging.micronaut.Outbox;

/** An education lead's action plans for the areas of their trust; the next learners read the agreed lines. */
@Singleton
public class PlanningAreaActions {
    private final AreaActions actions;
    private final EnvironmentRepository places;
    private final Questionnaires questionnaires;
    private final PersonDirectory people;
    private final Outbox outbox;
    private final Clock clock;

    PlanningAreaActions(
            AreaActions actions,
            EnvironmentRepository places,
            Questionnaires questionnaires,
            PersonDirectory people,
            Outbox outbox,
            Clock clock) {
        this.actions = actions;
        this.places = places;
        this.questionnaires = questionnaires;
        this.people = people;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public AreaAction create(UUID trustId, UUID areaId, AreaAction.Terms terms) {
        places.areaOfTrust(areaId, trustId).orElseThrow(() -> Refusal.notFound("area"));
        var action = new AreaAction(UUID.randomUUID(), areaId, trustId, terms.checkedAgainst(themes()));
        actions.save(action, clock.instant());
        outbox.publish(
                EvaluationTopics.ACTION_PLAN,
                AreaActionCreated.TYPE,
                action.id().toString(),
                action.created(clock.instant()));
        return action;
    }

    @Transactional
    public AreaAction update(UUID trustId, UUID actionId, AreaAction.Terms terms) {
        var known = actions.ofTrustForUpdate(actionId, trustId).orElseThrow(() -> Refusal.notFound("action"));
        var action = new AreaAction(known.id(), known.areaId(), trustId, terms.checkedAgainst(themes()));
        actions.save(action, clock.instant());
        outbox.publish(
                EvaluationTopics.ACTION_PLAN,
                AreaActionUpdated.TYPE,
                action.id().toString(),
                action.updated(clock.instant()));
        return action;
    }

    @Transactional(readOnly = true)
    public List<AreaAction> ofArea(UUID trustId, UUID areaId) {
        places.areaOfTrust(areaId, trustId).orElseThrow(() -> Refusal.notFound("area"));
        return actions.ofArea(areaId);
    }

    @Transactional(readOnly = true)
    public List<AreaAction> overdue(UUID trustId) {
        return actions.overdueOfTrust(trustId, LocalDate.now(clock));
    }

    @Transactional(readOnly = true)
    public List<String> youSaidWeDid(String learnerLogin) {
        return actions.youSaidWeDidFor(people.caller(learnerLogin), LocalDate.now(clock));
    }

    private Set<String> themes() {
        return questionnaires.current().themes().stream()
                .map(Questionnaire.Theme::key)
                .collect(Collectors.toSet());
    }
}
