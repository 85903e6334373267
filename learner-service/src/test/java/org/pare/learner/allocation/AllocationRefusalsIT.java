package org.pare.learner.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.learner.allocation.AllocationApi.adminOf;
import static org.pare.learner.allocation.AllocationRows.aRow;
import static org.pare.learner.allocation.AllocationRows.csv;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pare.testing.OidcProvider;
import org.pare.testing.ServiceTestProperties;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllocationRefusalsIT implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return ServiceTestProperties.forService("learner");
    }

    @Test
    void a_learner_may_not_upload_allocations() {
        String learner = OidcProvider.get().tokens().forRole("LEARNER", "s1", UUID.randomUUID());

        HttpResponse<String> response = api().upload(csv(List.of(aRow("x", "s1"))), learner);

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void an_upload_without_a_token_is_unauthorised() {
        HttpResponse<String> response = api().upload(csv(List.of(aRow("x", "s1"))), null);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void a_file_over_5_mb_is_refused_with_413_as_a_problem() {
        byte[] sixMegabytes = new byte[6 * 1024 * 1024];
        Arrays.fill(sixMegabytes, (byte) 'a');

        HttpResponse<String> response = api().upload(sixMegabytes, "text/csv", adminOf(UUID.randomUUID()));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void a_file_just_over_5_mb_is_refused_with_413_too() {
        byte[] body = new byte[5 * 1024 * 1024 + 10];
        Arrays.fill(body, (byte) 'a');

        HttpResponse<String> response = api().upload(body, "text/csv", adminOf(UUID.randomUUID()));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void a_6_mb_file_sent_as_a_multipart_form_is_refused_with_413() {
        String sixMegabytes = "a".repeat(6 * 1024 * 1024);

        HttpResponse<String> response = api().uploadAsFile(sixMegabytes, adminOf(UUID.randomUUID()));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void csv_with_unbalanced_quotes_is_a_400_problem() {
        String broken = csv(List.of(aRow("x", "s1"))) + "\"s2,Learner Two,s2@uni.example\n";

        HttpResponse<String> response = api().upload(broken, adminOf(UUID.randomUUID()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("not readable CSV");
    }

    private AllocationApi api() {
        return new AllocationApi(server.getURI());
    }
}
