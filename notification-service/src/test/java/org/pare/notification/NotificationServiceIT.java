package org.pare.notification;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;
import org.pare.testing.ServiceTestProperties;
import org.pare.web.ServiceBasicsContract;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationServiceIT extends ServiceBasicsContract implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("notification");
    }

    @Override
    protected URI baseUri() {
        return server.getURI();
    }

    @Override
    protected Router router() {
        return server.getApplicationContext().getBean(Router.class);
    }
}
