package org.pare.local;

import java.io.PrintStream;
import java.util.Locale;
import org.pare.local.infra.DataDirectory;
import org.pare.local.infra.DemoDirectory;
import org.pare.local.infra.DemoUser;
import org.pare.local.infra.Infrastructure;
import org.pare.local.services.Service;

/** What the developer needs once everything is up: addresses, who to log in as, and how to get a token. */
final class Banner {
    private Banner() {}

    static void print(PrintStream out, Infrastructure infra, DemoDirectory users, DataDirectory data, double seconds) {
        out.printf(Locale.ROOT, "%nPARE is ready (%.1f s).%n%n", seconds);
        for (Service service : Service.ALL) {
            out.printf("  %-22s %s   (health: %s/health)%n", service.name(), service.url(), service.url());
        }
        out.printf("  %-22s %s%n", "learner pages", Service.ALL.get(0).url() + "/learner");
        out.printf(
                "  %-22s %s (login page: %s)%n",
                "OIDC provider", infra.oidc().issuer(), infra.oidc().authorizeUrl());
        out.printf(
                "  %-22s %s (SMTP on localhost:%d)%n",
                "mail sink", infra.mail().pageUrl(), infra.mail().smtpPort());
        out.printf("  %-22s %s%n", "Kafka", infra.kafka().bootstrapServers());
        out.printf(
                "  %-22s %s  (user postgres, no password; databases learner, supervisor, evaluation, notification)%n",
                "PostgreSQL", "localhost:" + infra.postgres().port());
        out.printf("%nDemo log-ins (the login page lists them; any password):%n");
        for (DemoUser user : users.users()) {
            out.printf("  %-18s %-22s %s%n", user.login(), String.join(",", user.roles()), user.description());
        }
        out.printf(
                "%nA token for scripts, e.g. as the demo learner:%n"
                        + "  curl -s %s -d grant_type=password -d username=%s -d password=x -d client_id=pare-local"
                        + " -d client_secret=x | jq -r .access_token%n",
                infra.oidc().tokenEndpoint(), users.users().get(0).login());
        out.printf("%nLogs: %s   Stop: Ctrl-C   Start again from nothing: ./pare up --fresh%n", data.logs());
    }
}
