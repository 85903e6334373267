package org.pare.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.pare.system.harness.Http;
import org.pare.system.harness.PareSystem;
import org.pare.system.harness.RunningService;

/** The harness itself: what fault tests and journeys rely on. */
class PareSystemIT {
    private final PareSystem system = PareSystem.get();

    @Test
    void given_the_system_started_then_each_of_the_four_services_answers_its_health_as_up() {
        assertThat(system.services()).hasSize(4);
        for (RunningService service : system.services()) {
            var health = Http.get(service.url() + "/health", null);

            assertThat(health.status()).as(service.name()).isEqualTo(200);
            assertThat(health.json().path("status").asText()).as(service.name()).isEqualTo("UP");
        }
    }

    @Test
    void
            given_a_service_killed_with_sigkill_when_it_is_started_again_then_it_is_up_on_the_same_port_as_a_new_process() {
        RunningService notification = system.notification();
        long before = notification.pid();

        notification.kill();

        assertThat(notification.isAlive()).isFalse();
        assertThatThrownBy(() -> Http.get(notification.url() + "/health", null)).hasMessageContaining("failed");

        notification.start();

        assertThat(notification.pid()).isNotEqualTo(before);
        assertThat(Http.get(notification.url() + "/health", null).status()).isEqualTo(200);
    }

    @Test
    void given_the_broker_stopped_when_it_starts_again_then_it_still_holds_the_topics_the_services_created()
            throws Exception {
        Set<String> before = topics();
        assertThat(before).anyMatch(t -> t.startsWith("pare."));

        system.kafka().stop();
        system.startKafka();

        assertThat(topics()).containsAll(before);
        for (RunningService service : system.services()) {
            assertThat(Http.get(service.url() + "/health", null).status())
                    .as(service.name())
                    .isEqualTo(200);
        }
    }

    private Set<String> topics() throws Exception {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafka().bootstrapServers()))) {
            return admin.listTopics().names().get(20, TimeUnit.SECONDS);
        }
    }
}
