package org.pare.learner.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.learner.allocation.AllocationApi.adminOf;
import static org.pare.learner.allocation.AllocationRows.aRow;
import static org.pare.learner.allocation.AllocationRows.csv;
import static org.pare.learner.allocation.AllocationRows.with;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pare.learner.allocation.domain.AllocationColumns;
import org.pare.testing.ServiceTestProperties;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllocationChangesIT implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    private Map<String, String> properties;

    @Override
    public Map<String, String> getProperties() {
        properties = ServiceTestProperties.forService("learner");
        return properties;
    }

    @Test
    void a_changed_row_updates_its_placement_and_emits_placement_changed() {
        // given
        String tag = AllocationUploadIT.tag();
        String token = adminOf(UUID.randomUUID());
        api().upload(csv(List.of(aRow(tag, tag + "s1"))), token);

        // when
        Map<String, String> changed = with(aRow(tag, tag + "s1"), AllocationColumns.END_DATE, "2026-04-10");
        HttpResponse<String> response = api().upload(csv(List.of(changed)), token);

        // then
        assertThat(response.body()).contains("\"placementsUpdated\":1", "\"CHANGED\"");
        assertThat(events(tag, "pare.learner.PlacementChanged.v1"))
                .singleElement()
                .satisfies(e -> assertThat(e.payload()).contains("\"endDate\":\"2026-04-10\""));
    }

    @Test
    void a_new_work_email_for_a_known_person_emits_person_changed() {
        // given
        String tag = AllocationUploadIT.tag();
        String token = adminOf(UUID.randomUUID());
        api().upload(csv(List.of(aRow(tag, tag + "s1"))), token);

        // when
        Map<String, String> moved = with(aRow(tag, tag + "s1"), AllocationColumns.PA_EMAIL, tag + "pa@new.example");
        HttpResponse<String> response = api().upload(csv(List.of(moved)), token);

        // then
        assertThat(response.body()).contains("\"peopleUpdated\":1", "\"placementsUnchanged\":1");
        assertThat(events(tag, "pare.learner.PersonChanged.v1")).singleElement().satisfies(e -> assertThat(e.payload())
                .contains(tag + "pa@new.example"));
    }

    @Test
    void an_admin_cannot_change_a_placement_another_university_allocated() {
        // given
        String tag = AllocationUploadIT.tag();
        api().upload(csv(List.of(aRow(tag, tag + "s1"))), adminOf(UUID.randomUUID()));
        int events = new OutboxRows(properties).mentioning(tag).size();

        // when
        Map<String, String> takeover = with(aRow(tag, tag + "s1"), AllocationColumns.END_DATE, "2026-06-30");
        HttpResponse<String> response = api().upload(csv(List.of(takeover)), adminOf(UUID.randomUUID()));

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("{\"line\":2,\"reason\":\"this placement was allocated by another");
        assertThat(new OutboxRows(properties).mentioning(tag)).hasSize(events);
    }

    @Test
    void the_same_file_uploaded_twice_at_once_allocates_each_placement_once() throws Exception {
        // given
        String tag = AllocationUploadIT.tag();
        String token = adminOf(UUID.randomUUID());
        String file = csv(List.of(aRow(tag, tag + "s1"), aRow(tag, tag + "s2")));

        // when
        var first = CompletableFuture.supplyAsync(() -> api().upload(file, token));
        var second = CompletableFuture.supplyAsync(() -> api().upload(file, token));

        // then
        assertThat(first.get().statusCode()).isEqualTo(200);
        assertThat(second.get().statusCode()).isEqualTo(200);
        assertThat(events(tag, "pare.learner.PlacementAllocated.v1")).hasSize(2);
        assertThat(events(tag, "pare.learner.PersonRegistered.v1")).hasSize(6);
    }

    private List<OutboxRows.Event> events(String tag, String type) {
        return new OutboxRows(properties)
                .mentioning(tag).stream().filter(e -> e.type().equals(type)).toList();
    }

    private AllocationApi api() {
        return new AllocationApi(server.getURI());
    }
}
