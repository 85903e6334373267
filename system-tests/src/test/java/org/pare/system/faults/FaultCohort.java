package org.pare.system.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.pare.system.harness.Http;
import org.pare.system.harness.PareSystem;

/**
 * The people of the fault test: twenty learners on one ward and the practice supervisor every reflection is shared
 * with, allocated through learner-service's upload as a university would. Logins carry a run suffix.
 */
record FaultCohort(String run, List<String> learnerTokens, UUID supervisorId, String supervisorEmail) {
    static final int LEARNERS = 20;
    private static final String HEADER = "learner_login,learner_name,learner_email,profession,trust,site,"
            + "placement_area,start_date,end_date,practice_supervisors,practice_assessor_login,"
            + "practice_assessor_name,practice_assessor_email,academic_assessor_login,academic_assessor_name,"
            + "academic_assessor_email\r\n";

    static FaultCohort allocate(PareSystem system) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        LocalDate today = LocalDate.now();
        StringBuilder csv = new StringBuilder(HEADER);
        List<String> logins = IntStream.rangeClosed(1, LEARNERS)
                .mapToObj(i -> "fault-learner" + i + "." + run)
                .toList();
        for (String login : logins) {
            csv.append(String.join(
                            ",",
                            login,
                            "Learner " + login,
                            login + "@example.org",
                            "ADULT_NURSING",
                            "Fault Trust " + run,
                            "Northfield General Hospital",
                            "Ward 9 " + run,
                            today.minusDays(10).toString(),
                            today.plusDays(30).toString(),
                            "ps." + run + "|Priya Supervisor|ps." + run + "@example.org",
                            "pa." + run,
                            "Sam Assessor",
                            "pa." + run + "@example.org",
                            "aa." + run,
                            "Ade Academic",
                            "aa." + run + "@example.org"))
                    .append("\r\n");
        }
        String admin = system.tokens().forRole("PLACEMENT_ADMIN", "admin." + run, UUID.randomUUID());
        Http.Answer report = Http.send(Http.request(system.learner().url() + "/api/allocations", admin)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString()))
                .build());
        assertThat(report.status()).as(report.body()).isBetween(200, 299);
        List<String> tokens = logins.stream()
                .map(login -> system.tokens().forRole("LEARNER", login, null))
                .toList();
        return new FaultCohort(run, tokens, supervisorOf(system, tokens.get(0)), "ps." + run + "@example.org");
    }

    private static UUID supervisorOf(PareSystem system, String learnerToken) {
        Http.Answer mine = Http.get(system.learner().url() + "/api/placements/mine", learnerToken);
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        for (JsonNode person : mine.json().get(0).path("people")) {
            if ("PRACTICE_SUPERVISOR".equals(person.path("role").asText())) {
                return UUID.fromString(person.path("personId").asText());
            }
        }
        throw new IllegalStateException("no practice supervisor on the placement: " + mine.body());
    }
}
