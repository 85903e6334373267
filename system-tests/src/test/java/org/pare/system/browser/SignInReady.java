package org.pare.system.browser;

import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.pare.system.harness.Http;
import org.pare.system.harness.PareSystem;
import org.pare.system.harness.RunningService;

/**
 * Each service reads the provider's discovery document on its first sign-in, with a 5 s limit; on a heavily
 * loaded machine that first read can time out and the page shows "provider unreachable". Before the browser
 * starts, each service's /login is asked until it sends the browser to the provider.
 */
final class SignInReady {
    private SignInReady() {}

    static void awaitEveryService(PareSystem system) {
        HttpClient noRedirects = HttpClient.newHttpClient();
        for (RunningService service : system.services()) {
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .ignoreExceptions()
                    .until(() -> noRedirects
                            .send(
                                    Http.request(service.url() + "/login", null).build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .headers()
                            .firstValue("Location")
                            .orElse("")
                            .startsWith(system.oidc().issuer()));
        }
    }
}
