package org.pare.notification.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;
import org.pare.testing.ServiceTestProperties;

/** The running service with a fresh database, the shared broker and a real SMTP server; add {@code @MicronautTest}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class NotificationTestSupport implements TestPropertyProvider {
    private Map<String, String> properties;
    private Rows rows;

    @Inject
    protected EmbeddedServer server;

    @Inject
    protected JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = new HashMap<>(ServiceTestProperties.forService("notification"));
            properties.put("javamail.properties.mail.smtp.host", "127.0.0.1");
            properties.put("javamail.properties.mail.smtp.port", Integer.toString(Smtp.port()));
            properties.putAll(extraProperties());
        }
        return properties;
    }

    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    protected Api api() {
        return new Api(server.getURI(), json);
    }

    protected Rows rows() {
        if (rows == null) {
            rows = new Rows(getProperties());
        }
        return rows;
    }

    protected Fixtures.Placement aPlacement() {
        return Fixtures.aPlacement(rows());
    }
}
