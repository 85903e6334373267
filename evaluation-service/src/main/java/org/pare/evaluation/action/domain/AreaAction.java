package org.pare.evaluation.action.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pare.evaluation.events.ActionStatus;
import org.pare.evaluation.events.AreaActionCreated;
import org.pare.evaluation.events.AreaActionOverdue;
import org.pare.evaluation.events.AreaActionUpdated;
import org.pare.evaluation.shared.domain.Refusal;

/**
 * One action of an area's plan: an owner, a due date, a status, the themes it answers and the "you said, we did"
 * line the next learners on the area see.
 */
public record AreaAction(UUID id, UUID areaId, UUID trustId, Terms terms) {
    public record Terms(
            String ownerLoginId,
            LocalDate dueOn,
            ActionStatus status,
            List<String> themes,
            String description,
            String youSaidWeDid) {
        public Terms {
            if (ownerLoginId == null || ownerLoginId.isBlank()) {
                throw Refusal.invalid("owner", "an action needs an owner");
            }
            if (description == null || description.isBlank()) {
                throw Refusal.invalid("description", "say what will be done");
            }
            if (dueOn == null || status == null) {
                throw Refusal.invalid("dueOn", "an action needs a due date and a status");
            }
            themes = themes == null ? List.of() : List.copyOf(themes);
        }

        public Terms checkedAgainst(Set<String> knownThemes) {
            themes.stream().filter(t -> !knownThemes.contains(t)).findFirst().ifPresent(t -> {
                throw Refusal.invalid("themes", "no such theme: " + t);
            });
            return this;
        }
    }

    public boolean overdueOn(LocalDate today) {
        return terms.dueOn().isBefore(today)
                && (terms.status() == ActionStatus.PLANNED || terms.status() == ActionStatus.IN_PROGRESS);
    }

    public AreaActionCreated created(Instant at) {
        var t = terms;
        return new AreaActionCreated(id, areaId, trustId, t.ownerLoginId(), t.dueOn(), t.status(), t.themes(), at);
    }

    public AreaActionUpdated updated(Instant at) {
        var t = terms;
        return new AreaActionUpdated(id, areaId, trustId, t.ownerLoginId(), t.dueOn(), t.status(), t.themes(), at);
    }

    public AreaActionOverdue overdue() {
        return new AreaActionOverdue(id, areaId, trustId, terms.ownerLoginId(), terms.dueOn());
    }
}
