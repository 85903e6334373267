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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pare.learner.allocation.domain.AllocationColumns;
import org.pare.testing.ServiceTestProperties;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllocationUploadIT implements TestPropertyProvider {
    @Inject
    EmbeddedServer server;

    private Map<String, String> properties;

    AllocationApi api;
    OutboxRows db;

    @Override
    public Map<String, String> getProperties() {
        properties = ServiceTestProperties.forService("learner");
        return properties;
    }

    @BeforeAll
    void connect() {
        api = new AllocationApi(server.getURI());
        db = new OutboxRows(properties);
    }

    @Test
    void a_valid_file_creates_the_placements_and_people_and_emits_exactly_their_events() {
        // given
        String tag = tag();
        String file = csv(List.of(aRow(tag, tag + "s1"), aRow(tag, tag + "s2")));

        // when
        HttpResponse<String> response = api.upload(file, adminOf(UUID.randomUUID()));

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"placementsCreated\":2", "\"peopleCreated\":6", "\"rowCount\":2", "\"ALLOCATED\"");
        assertThat(db.count("SELECT count(*) FROM person WHERE login_id LIKE ?", tag + "%"))
                .isEqualTo(6);
        assertThat(db.mentioning(tag))
                .extracting(OutboxRows.Event::type)
                .containsExactlyInAnyOrder(
                        "pare.learner.PersonRegistered.v1", "pare.learner.PersonRegistered.v1",
                        "pare.learner.PersonRegistered.v1", "pare.learner.PersonRegistered.v1",
                        "pare.learner.PersonRegistered.v1", "pare.learner.PersonRegistered.v1",
                        "pare.learner.PlacementAllocated.v1", "pare.learner.PlacementAllocated.v1");
        assertThat(db.mentioning("Learner " + tag)).allMatch(e -> e.type().contains("Person"));
        Poll.until(() -> db.mentioning(tag).stream().allMatch(OutboxRows.Event::published));
    }

    @Test
    void an_upload_with_bad_rows_lists_every_problem_by_line_and_writes_nothing() {
        // given
        String tag = tag();
        Map<String, String> good = aRow(tag, tag + "s1");
        String file = csv(List.of(
                good,
                with(aRow(tag, tag + "s2"), AllocationColumns.START_DATE, "Jan 5th"),
                with(aRow(tag, tag + "s3"), AllocationColumns.END_DATE, "2025-01-01"),
                with(aRow(tag, tag + "s4"), AllocationColumns.PRACTICE_SUPERVISORS, tag + "pa|P A|pa@x.example"),
                with(
                        with(aRow(tag, tag + "s5"), AllocationColumns.AA_LOGIN, tag + "pa"),
                        AllocationColumns.AA_EMAIL,
                        tag + "pa@trust.example"),
                good,
                with(aRow(tag, tag + "s7"), AllocationColumns.TRUST, "")));

        // when
        HttpResponse<String> response = api.upload(file, adminOf(UUID.randomUUID()));

        // then
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains(
                        "{\"line\":3,\"reason\":\"start_date 'Jan 5th' has an unknown date format",
                        "{\"line\":4,\"reason\":\"end_date 2025-01-01 is before start_date",
                        "{\"line\":5,\"reason\":\"the practice assessor",
                        "{\"line\":6,\"reason\":\"the practice assessor and the academic assessor are the same person",
                        "{\"line\":7,\"reason\":\"duplicate row",
                        "{\"line\":8,\"reason\":\"missing trust\"");
        assertThat(db.count("SELECT count(*) FROM person WHERE login_id LIKE ?", tag + "%"))
                .isZero();
        assertThat(db.mentioning(tag)).isEmpty();
    }

    @Test
    void uploading_the_same_file_twice_changes_nothing_the_second_time() {
        // given
        String tag = tag();
        String token = adminOf(UUID.randomUUID());
        String file = csv(List.of(aRow(tag, tag + "s1")));
        api.upload(file, token);
        int events = db.mentioning(tag).size();

        // when
        HttpResponse<String> again = api.upload(file, token);

        // then
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body())
                .contains(
                        "\"placementsCreated\":0",
                        "\"placementsUpdated\":0",
                        "\"placementsUnchanged\":1",
                        "\"peopleCreated\":0",
                        "\"peopleUpdated\":0",
                        "\"UNCHANGED\"");
        assertThat(db.mentioning(tag)).hasSize(events);
        assertThat(db.count("SELECT count(*) FROM person WHERE login_id LIKE ?", tag + "%"))
                .isEqualTo(5);
    }

    @Test
    void a_file_sent_as_a_multipart_form_is_accepted_too() {
        HttpResponse<String> response =
                api.uploadAsFile(csv(List.of(aRow(tag(), "m" + tag()))), adminOf(UUID.randomUUID()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"placementsCreated\":1");
    }

    @Test
    void an_admin_reads_their_own_upload_but_another_university_gets_404() {
        // given
        String token = adminOf(UUID.randomUUID());
        String body = api.upload(csv(List.of(aRow(tag(), "r" + tag()))), token).body();
        String uploadId = body.replaceAll(".*\"uploadId\":\"([^\"]+)\".*", "$1");

        // when
        HttpResponse<String> own = api.get("/api/allocations/" + uploadId, token);
        HttpResponse<String> other = api.get("/api/allocations/" + uploadId, adminOf(UUID.randomUUID()));

        // then
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(uploadId, "\"placementsCreated\":1", "\"fileSha256\"");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(api.get("/api/allocations", token).body()).contains(uploadId);
        assertThat(api.get("/api/allocations", adminOf(UUID.randomUUID())).body())
                .isEqualTo("[]");
    }

    static String tag() {
        return "t" + UUID.randomUUID().toString().substring(0, 8);
    }
}
