package org.pare.supervisor.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;
import org.pare.testing.ServiceTestProperties;

/** The running service with a fresh database of its own; subclasses add {@code @MicronautTest}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SupervisorApiSupport implements TestPropertyProvider {
    private Map<String, String> properties;

    @Inject
    protected EmbeddedServer server;

    @Inject
    protected JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = ServiceTestProperties.forService("supervisor");
        }
        return properties;
    }

    protected Database db() {
        return Database.of(getProperties());
    }

    protected Api api() {
        return new Api(server.getURI(), json);
    }
}
