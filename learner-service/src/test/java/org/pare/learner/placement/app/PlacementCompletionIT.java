package org.pare.learner.placement.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pare.learner.allocation.AllocationApi.adminOf;
import static org.pare.learner.allocation.AllocationRows.aRow;
import static org.pare.learner.allocation.AllocationRows.csv;
import static org.pare.learner.allocation.AllocationRows.with;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pare.learner.allocation.AllocationApi;
import org.pare.learner.allocation.OutboxRows;
import org.pare.learner.allocation.domain.AllocationColumns;
import org.pare.learner.events.PlacementCompleted;
import org.pare.testing.ServiceTestProperties;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlacementCompletionIT implements TestPropertyProvider {
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 1);

    @Inject
    EmbeddedServer server;

    private Map<String, String> properties;

    @Inject
    CompletingPlacements completing;

    @Override
    public Map<String, String> getProperties() {
        properties = ServiceTestProperties.forService("learner");
        return properties;
    }

    @Test
    void the_completion_job_run_twice_emits_one_placement_completed_per_ended_placement() {
        // given two placements that ended before today and one that has not
        allocate(List.of(endingOn("c1", "2026-03-27"), endingOn("c2", "2026-03-31"), endingOn("c3", "2026-04-01")));

        // when
        List<PlacementCompleted> first = completing.completeEndedBefore(TODAY);
        List<PlacementCompleted> second = completing.completeEndedBefore(TODAY);

        // then
        assertThat(first).hasSize(2);
        assertThat(second).isEmpty();
        assertOneCompletedEventEach(first);
    }

    @Test
    void two_instances_running_the_job_at_once_emit_one_placement_completed_per_placement() throws Exception {
        // given
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(endingOn("k" + i, "2026-03-30"));
        }
        allocate(rows);
        CyclicBarrier start = new CyclicBarrier(2);

        // when
        CompletableFuture<List<PlacementCompleted>> a = CompletableFuture.supplyAsync(() -> runAfter(start));
        CompletableFuture<List<PlacementCompleted>> b = CompletableFuture.supplyAsync(() -> runAfter(start));
        List<PlacementCompleted> all = new ArrayList<>(a.get());
        all.addAll(b.get());

        // then
        assertThat(all).hasSize(20);
        assertThat(all).extracting(PlacementCompleted::placementId).doesNotHaveDuplicates();
        assertOneCompletedEventEach(all);
    }

    private List<PlacementCompleted> runAfter(CyclicBarrier start) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return completing.completeEndedBefore(TODAY);
    }

    private void assertOneCompletedEventEach(List<PlacementCompleted> completed) {
        OutboxRows db = new OutboxRows(properties);
        for (PlacementCompleted event : completed) {
            long events = db.count(
                    "SELECT count(*) FROM outbox_event WHERE event_type = ? AND event_key = ?",
                    PlacementCompleted.TYPE,
                    event.placementId().toString());
            assertThat(events)
                    .as("PlacementCompleted for " + event.placementId())
                    .isEqualTo(1);
        }
    }

    private Map<String, String> endingOn(String learner, String endDate) {
        String tag = "p" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> row = with(aRow(tag, tag + learner), AllocationColumns.START_DATE, "2026-01-05");
        return with(row, AllocationColumns.END_DATE, endDate);
    }

    private void allocate(List<Map<String, String>> rows) {
        int status = new AllocationApi(server.getURI())
                .upload(csv(rows), adminOf(UUID.randomUUID()))
                .statusCode();
        assertThat(status).isEqualTo(200);
    }
}
