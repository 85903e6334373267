package org.pare.learner;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pare.learner.allocation.AllocationApi;
import org.pare.learner.allocation.AllocationRows;
import org.pare.learner.allocation.domain.AllocationColumns;
import org.pare.learner.support.Api;
import org.pare.learner.support.Database;
import org.pare.learner.support.Fixtures;
import org.pare.testing.OidcProvider;
import org.pare.testing.ServiceTestProperties;
import org.pare.web.MatrixSpec;
import org.pare.web.ServiceBasicsContract;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LearnerServiceIT extends ServiceBasicsContract implements TestPropertyProvider {
    private static final String SHARE = "{\"supervisorIds\": [\"%s\"], \"purpose\": \"SIGN_OFF\"}";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    private Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = ServiceTestProperties.forService("learner");
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
        var owner = Fixtures.aLearnerOnPlacement(db);
        var other = Fixtures.aLearnerOnPlacement(db);
        String ownerToken = Api.tokenFor(owner.learner());
        String intruder = Api.tokenFor(other.learner());
        String reflection = (String) api.body(api.send("POST", "/api/reflections", ownerToken, Api.reflection("A's")))
                .get("id");
        api.send("POST", "/api/reflections/" + reflection + "/submit", ownerToken, null);
        api.send(
                "POST",
                "/api/reflections/" + reflection + "/share",
                ownerToken,
                SHARE.formatted(owner.assessor().id()));
        String otherSupervisor = OidcProvider.get()
                .tokens()
                .forRole("PRACTICE_ASSESSOR", other.assessor().loginId(), UUID.randomUUID());
        String upload = uploadOfAnotherUniversity();
        String draft = (String) api.body(api.send("POST", "/api/reflections", ownerToken, Api.reflection("draft")))
                .get("id");
        String share = SHARE.formatted(other.supervisor().id());
        return new MatrixSpec(64 * 1024)
                .sample("POST /api/reflections", Api.reflection("sample"))
                .sample("PUT /api/reflections/{id}", Api.reflection("sample"))
                .sample("POST /api/reflections/{id}/share", share)
                .sample(
                        "POST /api/pulse",
                        "{\"treatedWithDignity\": true, \"hadWhatTheyNeeded\": true,"
                                + " \"recognised\": false, \"mood\": 3, \"note\": \"fine\", \"contactRequested\": false}")
                .ownScope("GET /api/me", "the caller's own claims")
                .neverShownToStrangers(owner.learner().id().toString(), reflection, draft, upload)
                .ownScope("GET /api/reflection-templates", "the same six templates for everyone")
                .ownScope("GET /api/allocations", "the admin's own university's uploads, none")
                .ownScope("POST /api/allocations", "an upload for the admin's own university")
                .asOwner("POST /api/reflections", "/api/reflections", ownerToken, null)
                .asOwner("PUT /api/reflections/{id}", "/api/reflections/" + draft, ownerToken, null)
                .asOwner(
                        "POST /api/reflections/{id}/share",
                        "/api/reflections/" + reflection + "/share",
                        ownerToken,
                        SHARE.formatted(owner.supervisor().id()))
                .asOwner("POST /api/pulse", "/api/pulse", ownerToken, null)
                .othersObject("GET /api/reflections/{id}", "/api/reflections/" + reflection, intruder, null)
                .othersObject(
                        "PUT /api/reflections/{id}",
                        "/api/reflections/" + reflection,
                        intruder,
                        Api.reflection("mine now"))
                .othersObject(
                        "POST /api/reflections/{id}/submit",
                        "/api/reflections/" + reflection + "/submit",
                        intruder,
                        null)
                .othersObject(
                        "POST /api/reflections/{id}/share",
                        "/api/reflections/" + reflection + "/share",
                        intruder,
                        share)
                .othersObject(
                        "GET /api/shared-reflections/{id}",
                        "/api/shared-reflections/" + reflection,
                        otherSupervisor,
                        null)
                .othersObject(
                        "GET /api/allocations/{uploadId}",
                        "/api/allocations/" + upload,
                        AllocationApi.adminOf(UUID.randomUUID()),
                        null);
    }

    @Test
    void formula_cells_in_an_allocation_file_are_quoted_as_text_when_refused_and_kept_as_text_when_valid() {
        var allocations = new AllocationApi(server.getURI());
        String admin = AllocationApi.adminOf(UUID.randomUUID());
        String tag = "f" + UUID.randomUUID();
        var row = AllocationRows.aRow(tag, "l-" + UUID.randomUUID());
        String name = "=HYPERLINK(\"http://evil.example\")";

        var refused = allocations.upload(
                AllocationRows.csv(List.of(
                        AllocationRows.with(row, AllocationColumns.START_DATE, "+SUM(A1)"),
                        AllocationRows.with(row, AllocationColumns.LEARNER_EMAIL, "@evil"))),
                admin);
        var kept = allocations.upload(
                AllocationRows.csv(List.of(AllocationRows.with(row, AllocationColumns.LEARNER_NAME, name))), admin);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("'+SUM(A1)", "'@evil");
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
        assertThat(Database.of(getProperties())
                        .count(
                                "SELECT count(*) FROM person WHERE login_id = ? AND name = ?",
                                row.get(AllocationColumns.LEARNER_LOGIN),
                                name))
                .isEqualTo(1);
    }

    private String uploadOfAnotherUniversity() {
        String csv =
                AllocationRows.csv(List.of(AllocationRows.aRow("m" + UUID.randomUUID(), "l-" + UUID.randomUUID())));
        var response = new AllocationApi(server.getURI()).upload(csv, AllocationApi.adminOf(UUID.randomUUID()));
        var upload = (Map<?, ?>) new Api(server.getURI(), json).body(response).get("upload");
        return (String) upload.get("uploadId");
    }
}
