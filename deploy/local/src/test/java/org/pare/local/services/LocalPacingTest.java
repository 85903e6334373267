package org.pare.local.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.pare.local.RepositoryFiles;

class LocalPacingTest {

    @Test
    void every_paced_timer_is_one_the_service_really_schedules_on() throws IOException {
        for (Service service : Service.ALL) {
            String code;
            try (var files =
                    Files.walk(RepositoryFiles.root().resolve(service.name()).resolve("src/main/java"))) {
                code = files.filter(p -> p.toString().endsWith(".java"))
                        .map(p -> {
                            try {
                                return Files.readString(p);
                            } catch (IOException e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .reduce("", String::concat);
            }
            for (String flag : LocalPacing.of(service)) {
                String property = flag.substring(2, flag.indexOf('='));
                assertThat(code).as(service.name() + " reads " + property).contains("${" + property + ":");
            }
        }
    }

    @Test
    void the_evaluation_service_still_files_answers_in_batches_the_launcher_does_not_shrink() {
        assertThat(LocalPacing.of(Service.ALL.get(2))).noneMatch(flag -> flag.contains("min-batch"));
    }
}
