package org.pare.learner.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/**
 * A person entered the directory (from an allocation upload). Topic {@link LearnerTopics#PERSON}, compacted,
 * key: personId. Carries the name and work e-mail that other services need to address the person; keep only
 * the fields you need. At least once; deduplicate on the event id.
 */
@Serdeable
public record PersonRegistered(
        UUID personId, String loginId, String name, String email, @Nullable String professionalGroup) {
    public static final String TYPE = "pare.learner.PersonRegistered.v1";
}
