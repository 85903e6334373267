package org.pare.evaluation;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;
import org.pare.testing.ServiceTestProperties;
import org.pare.web.MatrixSpec;
import org.pare.web.ServiceBasicsContract;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationServiceIT extends ServiceBasicsContract implements TestPropertyProvider {
    private static final String ANSWERS = "{\"answers\": {\"overall\": 4}, \"comments\": {\"overall\": \"Kind team\"}}";
    private static final String NOTE = "{\"note\": \"Phoned the learner\"}";
    private static final String ACTION = "{\"owner\": \"Ward manager\", \"dueOn\": \"2030-01-01\", \"status\":"
            + " \"PLANNED\", \"themes\": [\"induction-belonging\"], \"description\": \"Buddy on day one\","
            + " \"youSaidWeDid\": \"You said induction was rushed\"}";
    private static final String EVALUATIONS =
            "covered by EvaluationRefusalsIT." + "another_learners_evaluation_is_not_found_whatever_is_asked_of_it";
    private static final String FLAGS =
            "covered by SupportFlagsIT." + "nobody_else_sees_or_touches_a_flag_and_bad_requests_change_nothing";
    private static final String TRUST = "the lead's own trust only: nothing for a trust it does not know;"
            + " other trusts' results are refused in ResultsIT.a_lead_sees_only_their_own_trust_and_others_are_refused";
    private static final String UNIVERSITY = "covered by AreaActionAgreementsIT."
            + "a_university_without_learners_in_the_area_is_told_it_does_not_exist_and_bad_words_change_nothing";
    private static final String ACTIONS =
            "covered by AreaActionsIT." + "actions_of_another_trust_or_with_bad_terms_are_refused_and_nothing_is_kept";

    @Inject
    EmbeddedServer server;

    private Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = ServiceTestProperties.forService("evaluation");
        }
        return properties;
    }

    @Override
    protected URI baseUri() {
        return server.getURI();
    }

    @Override
    protected ApplicationContext context() {
        return server.getApplicationContext();
    }

    @Override
    protected MatrixSpec securityMatrix() {
        return new MatrixSpec(64 * 1024)
                .sample(
                        "PUT /api/areas/{id}",
                        "{\"name\": \"Ward 7\", \"professionGroups\": [\"NURSING\"],"
                                + " \"contact\": \"ward7@example.org\", \"capacity\": 4}")
                .sample("PUT /api/evaluations/{id}/draft", ANSWERS)
                .sample("POST /api/evaluations/{id}/submit", ANSWERS)
                .sample("POST /api/support-flags/{id}/acknowledge", NOTE)
                .sample("POST /api/support-flags/{id}/close", NOTE)
                .sample(
                        "POST /api/support-flags/{id}/assign",
                        "{\"assignee\": \"Sam Lee\", \"contact\":"
                                + " \"sam@example.org\", \"note\": \"Sam will call\"}")
                .sample(
                        "PUT /api/support-flags/thresholds",
                        "{\"pulseNoAnswers\": 2, \"pulseLowCheckins\": 3,"
                                + " \"pulseWindow\": 5, \"inactivityDays\": 14, \"signOffPendingDays\": 7}")
                .sample("POST /api/areas/{areaId}/actions", ACTION)
                .sample("PUT /api/actions/{id}", ACTION)
                .sample(
                        "POST /api/university/actions/{id}/agreement",
                        "{\"decision\": \"COMMENTED\", \"comment\": \"We will brief our learners first\"}")
                .ownScope("GET /api/me", "the caller's own claims")
                .ownScope("GET /api/areas", TRUST)
                .ownScope("GET /api/actions/overdue", TRUST)
                .ownScope("GET /api/results/scores", TRUST)
                .ownScope("GET /api/results/scores.csv", TRUST)
                .ownScope("GET /api/results/return-rates", TRUST)
                .ownScope("GET /api/results/return-rates.csv", TRUST)
                .ownScope("GET /api/support-flags", TRUST)
                .ownScope("GET /api/support-flags/thresholds", "the lead's own trust's thresholds (defaults)")
                .ownScope("PUT /api/support-flags/thresholds", "sets the lead's own trust's thresholds")
                .ownScope(
                        "GET /api/support-flags/reads",
                        "the lead's own trust's audit of flag reads (none for a new trust)")
                .ownScope(
                        "GET /api/environment-signals",
                        "the lead's own trust's signals; an academic assessor's own learners'; covered by"
                                + " EnvironmentSignalIT.nobody_else_sees_environment_signals")
                .ownScope(
                        "GET /api/university/areas",
                        "the areas where the caller's own university places learners (none for a new university)")
                .notTriedWithOthersObject("GET /api/evaluations/{id}", EVALUATIONS)
                .notTriedWithOthersObject("PUT /api/evaluations/{id}/draft", EVALUATIONS)
                .notTriedWithOthersObject("POST /api/evaluations/{id}/submit", EVALUATIONS)
                .notTriedWithOthersObject("POST /api/support-flags/{id}/acknowledge", FLAGS)
                .notTriedWithOthersObject("POST /api/support-flags/{id}/assign", FLAGS)
                .notTriedWithOthersObject("POST /api/support-flags/{id}/close", FLAGS)
                .notTriedWithOthersObject("POST /api/areas/{areaId}/actions", ACTIONS)
                .notTriedWithOthersObject("GET /api/areas/{areaId}/actions", ACTIONS)
                .notTriedWithOthersObject("PUT /api/actions/{id}", ACTIONS)
                .notTriedWithOthersObject("GET /api/university/areas/{areaId}/actions", UNIVERSITY)
                .notTriedWithOthersObject("POST /api/university/actions/{id}/agreement", UNIVERSITY)
                .notTriedWithOthersObject(
                        "PUT /api/areas/{id}",
                        "covered by AreaActionsIT." + "a_lead_corrects_an_areas_details_and_no_one_else_can")
                .notTriedWithOthersObject(
                        "GET /api/results/areas/{areaId}/comments",
                        "covered by ResultsIT." + "a_lead_sees_only_their_own_trust_and_others_are_refused");
    }
}
