package org.pare.system.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.UUID;

/** Low check-ins and a concern, then the support flag: who sees it, who is told. */
final class SupportSteps {
    private SupportSteps() {}

    static void lowCheckInAndConcern(
            People people, String supervisorUrl, String learnerUrl, UUID learnerId, LocalDate today) {
        people.learner().post(learnerUrl + "/api/pulse", Reflections.lowCheckIn());
        assertThat(people.learner()
                        .postAnswer(learnerUrl + "/api/pulse", Reflections.lowCheckIn())
                        .status())
                .as("one check-in a day")
                .isEqualTo(409);
        JsonNode concern = people.supervisor()
                .post(supervisorUrl + "/api/concerns", Reflections.concern(learnerId, today.plusDays(7)));
        assertThat(concern.path("learnerId").asText()).isEqualTo(learnerId.toString());
    }

    static void assertFlaggedAndTold(
            People people, Messages messages, Cohort cohort, String evaluationUrl, UUID learnerId) {
        JsonNode flag = await().atMost(Messages.PATIENCE)
                .ignoreExceptions()
                .until(
                        () -> flagOf(people.lead().get(evaluationUrl + "/api/support-flags"), learnerId),
                        f -> f != null
                                && f.path("reasons").toString().contains("CONCERN_RAISED")
                                && f.path("reasons").toString().contains("CONTACT_REQUESTED"));
        assertThat(flag.path("state").asText()).isEqualTo("OPEN");
        assertThat(people.learner()
                        .get(evaluationUrl + "/api/my-support")
                        .path("flagged")
                        .asBoolean())
                .isTrue();
        assertThat(people.learner().get(evaluationUrl + "/api/my-support").toString())
                .as("a learner never sees the reasons")
                .doesNotContain("CONCERN_RAISED");

        messages.assertToldByInboxAndEmail(people.academic(), cohort.academic().email(), "CONCERN_RAISED");
        messages.assertToldByInboxAndEmail(people.lead(), people.leadEmail(), "CONCERN_RAISED");
        messages.assertToldByInboxAndEmail(people.lead(), people.leadEmail(), "LEARNER_FLAGGED");
        messages.awaitInbox(people.academic(), "LEARNER_FLAGGED");
    }

    private static JsonNode flagOf(JsonNode flags, UUID learnerId) {
        for (JsonNode flag : flags) {
            if (learnerId.toString().equals(flag.path("learnerId").asText())) {
                return flag;
            }
        }
        return null;
    }
}
