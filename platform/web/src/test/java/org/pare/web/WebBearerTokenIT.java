package org.pare.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;
import org.pare.testing.OidcProvider;

/** The contract against platform/web alone, so a security regression shows here first. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebBearerTokenIT extends BearerTokenRefusalsContract implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return OidcProvider.get().micronautProperties();
    }

    @Override
    protected URI baseUri() {
        return server.getURI();
    }
}
