package org.pare.supervisor.feedback.domain;

import java.util.List;
import java.util.Set;
import org.pare.supervisor.shared.domain.Refusal;

/** What feedback can be about: a fixed list, so tags can be counted across services. */
public final class FeedbackTags {
    public static final List<String> ALL =
            List.of("communication", "clinical-skill", "professionalism", "compassion", "teamwork", "safety");

    private FeedbackTags() {}

    public static List<String> checked(List<String> tags) {
        if (tags == null || tags.isEmpty()) {
            throw Refusal.invalid("tags", "choose at least one of " + ALL);
        }
        for (String tag : tags) {
            if (!ALL.contains(tag)) {
                throw Refusal.invalid("tags", "unknown tag; choose from " + ALL);
            }
        }
        return List.copyOf(Set.copyOf(tags)).stream().sorted().toList();
    }
}
