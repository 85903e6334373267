package org.pare.supervisor.interview.app;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.pare.messaging.micronaut.Outbox;
import org.pare.supervisor.assignment.app.AssigningSupervisors;
import org.pare.supervisor.assignment.domain.Assignment;
import org.pare.supervisor.events.InterviewKind;
import org.pare.supervisor.events.InterviewScheduled;
import org.pare.supervisor.events.SupervisorTopics;
import org.pare.supervisor.interview.domain.InterviewDates;
import org.pare.supervisor.interview.persistence.Interviews;
import org.pare.supervisor.interview.persistence.Interviews.Interview;

/**
 * Keeps a placement's three interviews in step with its dates and assessor. InterviewScheduled is published
 * when an open interview first gets an assessor or its due date or assessor changes; while the placement has
 * no practice assessor (none named, or withheld by the SSSA rules) the interviews wait unannounced.
 */
@Singleton
class SchedulingInterviews implements AssigningSupervisors.PlacementListener {
    private final Interviews interviews;
    private final Outbox outbox;

    SchedulingInterviews(Interviews interviews, Outbox outbox) {
        this.interviews = interviews;
        this.outbox = outbox;
    }

    @Override
    public void assigned(Assignment assignment) {
        var a = assignment.allocation();
        UUID assessor = assignment.assessor().orElse(null);
        Map<InterviewKind, LocalDate> due = InterviewDates.of(a.startDate(), a.endDate());
        for (var entry : due.entrySet()) {
            var known = interviews.find(a.placementId(), entry.getKey());
            if (known.isPresent() && known.get().completedAt() != null) {
                continue;
            }
            UUID id = known.map(Interview::id).orElseGet(UUID::randomUUID);
            Interview next = new Interview(
                    id,
                    a.placementId(),
                    a.learnerId(),
                    assessor,
                    entry.getKey(),
                    entry.getValue(),
                    null,
                    null,
                    null,
                    null);
            interviews.schedule(next);
            boolean changed = known.isEmpty()
                    || !known.get().dueOn().equals(next.dueOn())
                    || !Objects.equals(known.get().assessorId(), assessor);
            if (changed && assessor != null) {
                outbox.publish(
                        SupervisorTopics.INTERVIEW,
                        InterviewScheduled.TYPE,
                        id.toString(),
                        new InterviewScheduled(
                                id, a.placementId(), a.learnerId(), assessor, next.kind(), next.dueOn()));
            }
        }
    }
}
