package org.pare.system.journey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the journey's people write: a quick capture, in-the-moment feedback, a concern. */
final class Reflections {
    static final String TITLE = "Escalating a deteriorating patient";
    static final String WENT_WELL = "Recognised the rising early warning score and escalated at once.";

    private Reflections() {}

    static Map<String, Object> quickCapture(LocalDate day) {
        return Map.of(
                "templateKey",
                "quick-capture",
                "templateVersion",
                1,
                "title",
                TITLE,
                "date",
                day.toString(),
                "answers",
                Map.of(
                        "what-happened", "A patient's early warning score rose during my observations.",
                        "what-i-did", "Told the nurse in charge and repeated the observations.",
                        "next-time", "Use SBAR when I escalate by phone."));
    }

    static Map<String, Object> feedback(UUID learnerId) {
        return Map.of(
                "learnerId",
                learnerId,
                "tags",
                List.of("safety", "communication"),
                "wentWell",
                WENT_WELL,
                "toDevelop",
                "Write the escalation in the notes straight away.");
    }

    static Map<String, Object> concern(UUID learnerId, LocalDate reviewOn) {
        return Map.of(
                "learnerId", learnerId,
                "category", "WELLBEING",
                "description", "Seems exhausted and withdrawn on the last three shifts.",
                "actions", "Weekly check-in with the practice assessor.",
                "supportOffered", "Occupational health and the university's wellbeing service.",
                "reviewOn", reviewOn.toString());
    }

    /** A check-in with every answer "no" and a request to be contacted. */
    static Map<String, Object> lowCheckIn() {
        return Map.of(
                "treatedWithDignity", false,
                "hadWhatTheyNeeded", false,
                "recognised", false,
                "mood", 1,
                "contactRequested", true);
    }
}
