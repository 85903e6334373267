package org.pare.local.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pare.local.RepositoryFiles;

class LauncherEnvironmentTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)");

    @Test
    void the_launcher_sets_only_variables_each_service_reads_and_all_that_point_at_infrastructure() throws IOException {
        for (Service service : Service.ALL) {
            String yml = Files.readString(
                    RepositoryFiles.root().resolve(service.name()).resolve("src/main/resources/application.yml"));
            var read = PLACEHOLDER.matcher(yml).results().map(m -> m.group(1)).toList();
            var set = ServiceProcesses.environment(service, "jdbc:x", "k:1", "http://j", "http://i", 3025)
                    .keySet();

            assertThat(read).as(service.name()).containsAll(set);
            assertThat(set).contains("JDBC_URL", "KAFKA_BOOTSTRAP_SERVERS", "OIDC_JWKS_URL", "OIDC_ISSUER", "PORT");
        }
    }
}
