package org.pare.notification;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.TestInstance;
import org.pare.testing.OidcProvider;
import org.pare.testing.ServiceTestProperties;
import org.pare.web.MatrixSpec;
import org.pare.web.ServiceBasicsContract;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationServiceIT extends ServiceBasicsContract implements TestPropertyProvider {
    private static final String MINE = "the caller's own inbox, empty; InboxIT proves others' messages are not found";

    @Inject
    EmbeddedServer server;

    private Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = ServiceTestProperties.forService("notification");
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
        var tokens = OidcProvider.get().tokens();
        String lead = tokens.forRole("EDUCATION_LEAD", "lead-" + UUID.randomUUID(), UUID.randomUUID());
        String person = tokens.forRole("LEARNER", "learner-" + UUID.randomUUID(), UUID.randomUUID());
        return new MatrixSpec(16 * 1024)
                .sample("PUT /api/organisation-contact", "{\"email\": \"education@trust.example\"}")
                .sample(
                        "PUT /api/preferences",
                        "{\"email\": true, \"quietFrom\": \"21:00\", \"quietUntil\":"
                                + " \"07:00\", \"timeZone\": \"Europe/London\", \"dailyDigest\": false}")
                .ownScope("GET /api/me", "the caller's own claims")
                .ownScope("GET /api/inbox", MINE)
                .ownScope("GET /api/inbox/unread-count", MINE)
                .ownScope("POST /api/inbox/read-all", MINE)
                .ownScope("GET /api/preferences", "the caller's own preferences (defaults)")
                .ownScope("PUT /api/preferences", "sets the caller's own preferences")
                .ownScope("PUT /api/organisation-contact", "sets the lead's own organisation's contact")
                .ownScope("DELETE /api/organisation-contact", "clears the lead's own organisation's contact")
                .ownScope("GET /api/failed-emails", "the lead's own trust's failed e-mails (none for a new trust)")
                .notTriedWithOthersObject(
                        "POST /api/failed-emails/{id}/retry",
                        "covered by FailedEmailsIT.a_lead_of_another_trust_sees_none_and_cannot_retry_it")
                .asOwner("PUT /api/organisation-contact", "/api/organisation-contact", lead, null)
                .asOwner("PUT /api/preferences", "/api/preferences", person, null)
                .notTriedWithOthersObject(
                        "POST /api/inbox/{id}/read",
                        "covered by InboxIT." + "another_persons_message_is_not_found_and_stays_unread");
    }
}
