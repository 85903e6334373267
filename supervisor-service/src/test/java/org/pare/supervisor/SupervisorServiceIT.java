package org.pare.supervisor;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;
import org.pare.learner.events.ReflectionShared;
import org.pare.supervisor.support.Api;
import org.pare.supervisor.support.Database;
import org.pare.supervisor.support.Fixtures;
import org.pare.testing.ServiceTestProperties;
import org.pare.web.MatrixSpec;
import org.pare.web.ServiceBasicsContract;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisorServiceIT extends ServiceBasicsContract implements TestPropertyProvider {
    private static final String CONCERN = "{\"learnerId\": \"%s\", \"category\": \"WELLBEING\", \"description\": \"d\","
            + " \"actions\": \"a\", \"supportOffered\": \"s\", \"reviewOn\": \"%s\"}";
    private static final String REVIEW = "{\"notes\": \"Reviewed\", \"nextReviewOn\": \"2030-01-10\"}";
    private static final String RESOLVE = "{\"outcome\": \"RESOLVED\", \"notes\": \"Better\"}";
    private static final String SIGN_OFF_IT =
            "covered by SignOffIT.nobody_reads_or_decides_on_a_reflection_not_shared_with_them";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = ServiceTestProperties.forService("supervisor");
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
        var db = Database.of(getProperties());
        var api = new Api(server.getURI(), json);
        var on = Fixtures.aLearnerOnPlacement(db);
        var other = Fixtures.aLearnerOnPlacement(db);
        String concern = (String) api.body(api.send(
                        "POST",
                        "/api/concerns",
                        Api.tokenFor(on.supervisor(), "PRACTICE_SUPERVISOR"),
                        CONCERN.formatted(on.learner().id(), LocalDate.now().plusDays(7))))
                .get("concernId");
        String intruder = Api.tokenFor(other.supervisor(), "PRACTICE_SUPERVISOR");
        String supervisor = Api.tokenFor(on.supervisor(), "PRACTICE_SUPERVISOR");
        var shared = Fixtures.shared(db, on, ReflectionShared.Purpose.SIGN_OFF, on.assessor());
        return new MatrixSpec(32 * 1024)
                .sample("POST /api/concerns", CONCERN.formatted(java.util.UUID.randomUUID(), "2030-01-01"))
                .sample("POST /api/concerns/{id}/reviews", REVIEW)
                .sample("POST /api/concerns/{id}/resolve", RESOLVE)
                .sample(
                        "POST /api/feedback",
                        "{\"learnerId\": \"" + java.util.UUID.randomUUID()
                                + "\", \"tags\": [\"communication\"], \"wentWell\": \"w\", \"toDevelop\": \"t\"}")
                .sample("POST /api/shared-reflections/{id}/return", "{\"comment\": \"Please add what you did\"}")
                .sample("POST /api/interviews/{id}/complete", "{\"notes\": \"n\", \"goals\": \"g\"}")
                .ownScope("GET /api/me", "the caller's own claims")
                .ownScope("GET /api/audit", "the lead's own trust's audit log, without the fixtures' entries")
                .ownScope("GET /api/assignment-conflicts", "the lead's own trust's conflicts, none")
                .neverShownToStrangers(
                        on.learner().id().toString(), on.supervisor().id().toString(), concern, shared.toString())
                .asOwner(
                        "POST /api/concerns",
                        "/api/concerns",
                        supervisor,
                        CONCERN.formatted(on.learner().id(), LocalDate.now().plusDays(7)))
                .asOwner("POST /api/concerns/{id}/reviews", "/api/concerns/" + concern + "/reviews", supervisor, null)
                .asOwner(
                        "POST /api/feedback",
                        "/api/feedback",
                        supervisor,
                        "{\"learnerId\": \"" + on.learner().id()
                                + "\", \"tags\": [\"communication\"], \"wentWell\": \"w\", \"toDevelop\": \"t\"}")
                .asOwner(
                        "POST /api/shared-reflections/{id}/return",
                        "/api/shared-reflections/" + shared + "/return",
                        Api.tokenFor(on.assessor(), "PRACTICE_ASSESSOR"),
                        null)
                .othersObject(
                        "POST /api/concerns/{id}/reviews", "/api/concerns/" + concern + "/reviews", intruder, REVIEW)
                .othersObject(
                        "POST /api/concerns/{id}/resolve", "/api/concerns/" + concern + "/resolve", intruder, RESOLVE)
                .othersObject("GET /api/concerns/{id}", "/api/concerns/" + concern, intruder, null)
                .notTriedWithOthersObject("GET /api/shared-reflections/{id}", SIGN_OFF_IT)
                .notTriedWithOthersObject("POST /api/shared-reflections/{id}/sign-off", SIGN_OFF_IT)
                .notTriedWithOthersObject("POST /api/shared-reflections/{id}/return", SIGN_OFF_IT)
                .notTriedWithOthersObject(
                        "POST /api/shared-reflections/{id}/countersign",
                        "covered by SignOffIT.the_assessor_countersigns_a_supervisors_sign_off_once_and_nobody_else_can")
                .notTriedWithOthersObject(
                        "GET /api/returns/{commentId}",
                        "covered by SignOffIT."
                                + "returning_keeps_the_comment_here_and_the_learner_reads_it_by_the_id_in_the_event")
                .notTriedWithOthersObject(
                        "GET /api/interviews/{id}",
                        "covered by FollowUpApiIT.an_interview_is_read_by_its_assessor_and_its_learner_and_by_nobody_else")
                .notTriedWithOthersObject(
                        "POST /api/interviews/{id}/complete",
                        "covered by InterviewsAndConcernsIT."
                                + "the_assessor_holds_the_initial_interview_and_the_learner_confirms_it")
                .notTriedWithOthersObject(
                        "POST /api/interviews/{id}/confirm",
                        "covered by InterviewsAndConcernsIT."
                                + "the_assessor_holds_the_initial_interview_and_the_learner_confirms_it")
                .notTriedWithOthersObject(
                        "POST /api/feedback-codes/{code}/redeem",
                        "covered by FeedbackIT."
                                + "a_code_of_a_learner_not_assigned_to_the_supervisor_finds_nobody_and_stays_usable");
    }
}
