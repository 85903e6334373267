package org.pare.learner.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * A person's name, work e-mail or professional group changed; the record carries the whole new state.
 * Topic {@link LearnerTopics#PERSON}, compacted, key: personId. At least once; deduplicate on the event id.
 */
@Serdeable
public record PersonChanged(
        UUID personId, String loginId, String name, String email, @Nullable String professionalGroup) {
    public static final String TYPE = "pare.learner.PersonChanged.v1";
}
