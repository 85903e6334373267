package org.pare.learner.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;
import org.pare.testing.ServiceTestProperties;

/** The running service with a fresh database of its own; subclasses add {@code @MicronautTest}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LearnerApiSupport implements TestPropertyProvider {
    private Map<String, String> properties;

    @Inject
    protected EmbeddedServer server;

    @Inject
    protected JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = ServiceTestProperties.forService("learner");
        }
        return properties;
    }

    protected Database db() {
        return Database.of(getProperties());
    }

    protected Api api() {
        return new Api(server.getURI(), json);
    }

    /** A reflection of this learner, submitted and shared with their assessor for sign-off. */
    protected String sharedReflection(Fixtures.LearnerOnPlacement on) {
        String token = Api.tokenFor(on.learner());
        var created = api().send("POST", "/api/reflections", token, Api.reflection("Secret title"));
        if (created.statusCode() != 201) {
            throw new AssertionError("could not create: " + created.statusCode() + " " + created.body());
        }
        String id = (String) api().body(created).get("id");
        api().send("POST", "/api/reflections/" + id + "/submit", token, null);
        var share = api().send(
                        "POST",
                        "/api/reflections/" + id + "/share",
                        token,
                        """
                {"supervisorIds": ["%s"], "purpose": "SIGN_OFF"}"""
                                .formatted(on.assessor().id()));
        if (share.statusCode() != 200) {
            throw new AssertionError("could not share: " + share.body());
        }
        return id;
    }

    protected String state(Fixtures.LearnerOnPlacement on, String id) {
        return (String) api().body(api().send("GET", "/api/reflections/" + id, Api.tokenFor(on.learner()), null))
                .get("state");
    }
}
