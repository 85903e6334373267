package org.pare.learner.reflection.app;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pare.learner.person.domain.PersonId;
import org.pare.learner.reflection.domain.Reflection;
import org.pare.learner.reflection.domain.ReflectionContent;
import org.pare.learner.reflection.domain.ReflectionId;
import org.pare.learner.reflection.domain.ReflectionState;
import org.pare.learner.reflection.domain.Template;
import org.pare.learner.reflection.persistence.IdempotencyKeys;
import org.pare.learner.shared.domain.Refusal;

/**
 * Creating a reflection (safe to retry with an idempotency key) and editing it while it is a draft. An edit
 * that names no template keeps the reflection's own template and version.
 */
@Singleton
public class CapturingReflection {
    private final Reflections reflections;
    private final TemplateCatalogue templates;
    private final IdempotencyKeys keys;
    private final Clock clock = Clock.systemUTC();

    CapturingReflection(Reflections reflections, TemplateCatalogue templates, IdempotencyKeys keys) {
        this.reflections = reflections;
        this.templates = templates;
        this.keys = keys;
    }

    @Transactional(rollbackFor = SQLException.class)
    public ReflectionView create(String loginId, String idempotencyKey, Draft draft) throws SQLException {
        PersonId learner = reflections.caller(loginId);
        ReflectionContent content = contentOf(draft);
        ReflectionId id = ReflectionId.random();
        if (idempotencyKey != null) {
            String hash = Fingerprint.of("create", content, draft.correctionOf());
            Optional<IdempotencyKeys.Claim> earlier =
                    keys.claim(reflections.connection(), learner, idempotencyKey, hash, id.value());
            if (earlier.isPresent()) {
                return replay(earlier.get(), hash);
            }
        }
        var reflection =
                Reflection.draft(id, learner, content, correctionOf(learner, draft.correctionOf()), clock.instant());
        reflections.repository.insert(reflections.connection(), reflection);
        // brand new: nobody has it yet, so there are no shares or feedback to read back
        return new ReflectionView(reflection, List.of(), List.of());
    }

    @Transactional(rollbackFor = SQLException.class)
    public ReflectionView edit(String loginId, UUID id, Draft draft) throws SQLException {
        PersonId learner = reflections.caller(loginId);
        Reflection current = reflections.ownLocked(learner, id);
        Draft keepingTemplate = draft.templateKey() != null
                ? draft
                : new Draft(
                        current.content().templateKey(),
                        current.content().templateVersion(),
                        draft.title(),
                        draft.occurredOn(),
                        draft.answers(),
                        draft.correctionOf());
        Reflection edited = current.edit(contentOf(keepingTemplate), clock.instant());
        reflections.repository.update(reflections.connection(), edited);
        return reflections.view(edited);
    }

    private ReflectionView replay(IdempotencyKeys.Claim earlier, String hash) throws SQLException {
        if (!earlier.requestHash().equals(hash)) {
            throw Refusal.unprocessable("this Idempotency-Key was already used for a different request");
        }
        return reflections.view(reflections
                .repository
                .find(reflections.connection(), new ReflectionId(earlier.reflectionId()))
                .orElseThrow());
    }

    private ReflectionContent contentOf(Draft draft) {
        Template template = templates.find(draft.templateKey(), draft.templateVersion());
        return ReflectionContent.following(template, draft.title(), draft.occurredOn(), draft.answers());
    }

    /** A correction links to one of the learner's own signed-off reflections. */
    private ReflectionId correctionOf(PersonId learner, UUID original) throws SQLException {
        if (original == null) {
            return null;
        }
        var id = new ReflectionId(original);
        reflections
                .repository
                .find(reflections.connection(), id)
                .filter(r -> r.learnerId().equals(learner) && r.state() == ReflectionState.SIGNED_OFF)
                .orElseThrow(() -> Refusal.unprocessable("correctionOf must be one of your signed-off reflections"));
        return id;
    }
}
