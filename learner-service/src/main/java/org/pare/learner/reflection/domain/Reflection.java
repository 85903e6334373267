package org.pare.learner.reflection.domain;

import static org.pare.learner.reflection.domain.ReflectionState.DRAFT;
import static org.pare.learner.reflection.domain.ReflectionState.RETURNED;
import static org.pare.learner.reflection.domain.ReflectionState.SHARED;
import static org.pare.learner.reflection.domain.ReflectionState.SIGNED_OFF;
import static org.pare.learner.reflection.domain.ReflectionState.SUBMITTED;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pare.learner.events.ReflectionShared;
import org.pare.learner.events.ReflectionSubmitted;
import org.pare.learner.person.domain.PersonId;
import org.pare.learner.shared.domain.Refusal;

/**
 * A learner's reflective record and its rules: editable while a draft (or after being returned), shared
 * only once submitted, and locked for good once signed off; a correction is a new record linked to it.
 */
public record Reflection(
        ReflectionId id,
        PersonId learnerId,
        ReflectionContent content,
        ReflectionState state,
        ReflectionId correctionOf,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        Instant returnedAt,
        Instant signedOffAt) {

    public static Reflection draft(
            ReflectionId id, PersonId learner, ReflectionContent content, ReflectionId correctionOf, Instant now) {
        return new Reflection(id, learner, content, DRAFT, correctionOf, now, now, null, null, null);
    }

    public Reflection edit(ReflectionContent newContent, Instant now) {
        require(state.editable(), "only a draft or a returned reflection can be edited; this one is " + state);
        return new Reflection(
                id, learnerId, newContent, state, correctionOf, createdAt, now, submittedAt, returnedAt, signedOffAt);
    }

    public Changed<ReflectionSubmitted> submit(Instant now) {
        require(state.editable(), "only a draft or a returned reflection can be submitted; this one is " + state);
        var submitted = with(SUBMITTED, now, now, returnedAt, signedOffAt);
        return new Changed<>(
                submitted,
                new ReflectionSubmitted(
                        id.value(),
                        learnerId.value(),
                        content.templateKey(),
                        content.templateVersion(),
                        correctionOf == null ? null : correctionOf.value(),
                        now));
    }

    public Changed<ReflectionShared> share(
            UUID placementId, List<PersonId> supervisors, ReflectionShared.Purpose purpose, Instant now) {
        require(
                state == SUBMITTED || state == SHARED,
                "only a submitted reflection can be shared; this one is " + state);
        if (supervisors.isEmpty()) {
            throw Refusal.invalid("supervisorIds", "name at least one supervisor");
        }
        List<UUID> ids = supervisors.stream().map(PersonId::value).distinct().collect(Collectors.toList());
        return new Changed<>(
                with(SHARED, now, submittedAt, returnedAt, signedOffAt),
                new ReflectionShared(id.value(), learnerId.value(), placementId, ids, now, purpose));
    }

    /** Signed off by a supervisor. Signing off again changes nothing. */
    public Reflection signOff(Instant at) {
        if (state == SIGNED_OFF) {
            return this;
        }
        require(state == SUBMITTED || state == SHARED, "only a submitted or shared reflection can be signed off");
        return with(SIGNED_OFF, at, submittedAt, returnedAt, at);
    }

    /** Returned to the learner for more work. Returning again changes nothing. */
    public Reflection returnToLearner(Instant at) {
        if (state == RETURNED) {
            return this;
        }
        require(state == SUBMITTED || state == SHARED, "only a submitted or shared reflection can be returned");
        return with(RETURNED, at, submittedAt, at, signedOffAt);
    }

    public boolean isLocked() {
        return state == SIGNED_OFF;
    }

    private Reflection with(
            ReflectionState newState, Instant now, Instant submitted, Instant returned, Instant signedOff) {
        return new Reflection(
                id, learnerId, content, newState, correctionOf, createdAt, now, submitted, returned, signedOff);
    }

    private static void require(boolean rule, String otherwise) {
        if (!rule) {
            throw Refusal.conflict(otherwise);
        }
    }
}
