package org.pare.system.journey;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.pare.system.harness.PareSystem;

/** A fresh cohort whose allocation is uploaded and known to every service: the start of a browser journey. */
public final class JourneyCohort {
    private final PareSystem system;
    private final Cohort cohort;
    private final People people;

    private JourneyCohort(PareSystem system, Cohort cohort) {
        this.system = system;
        this.cohort = cohort;
        this.people = new People(system, cohort);
    }

    /** Uploads the allocation (a placement in its middle) and waits until the supervisor has the learner. */
    public static JourneyCohort allocated(PareSystem system, LocalDate today) {
        JourneyCohort journey = new JourneyCohort(system, Cohort.fresh());
        journey.people
                .admin()
                .postCsv(
                        system.learner().url() + "/api/allocations",
                        journey.cohort.allocationCsv(today.minusDays(20), today.plusDays(20)));
        await().atMost(Messages.PATIENCE)
                .ignoreExceptions()
                .until(
                        () -> journey.people
                                .supervisor()
                                .get(system.supervisor().url() + "/api/my-learners"),
                        learners -> learners.toString()
                                .contains(journey.cohort.learner().name()));
        return journey;
    }

    public People people() {
        return people;
    }

    public Cohort cohort() {
        return cohort;
    }

    public UUID trust() {
        return people.trust();
    }

    public String learnerName() {
        return cohort.learner().name();
    }

    public String learnerLogin() {
        return cohort.learner().login();
    }

    /** The practice supervisor's person id, as the learner's placement lists them. */
    public UUID supervisorId() {
        JsonNode placement = people.learner()
                .get(system.learner().url() + "/api/placements/mine")
                .get(0);
        for (JsonNode person : placement.path("people")) {
            if ("PRACTICE_SUPERVISOR".equals(person.path("role").asText())) {
                return UUID.fromString(person.path("personId").asText());
            }
        }
        throw new AssertionError("no practice supervisor on " + placement);
    }

    /** How many of the learner's reflections have this title, as the learner's API lists them. */
    public long reflectionsTitled(String title) {
        JsonNode mine = people.learner().get(system.learner().url() + "/api/reflections");
        return StreamSupport.stream(mine.spliterator(), false)
                .filter(r -> title.equals(r.path("title").asText()))
                .count();
    }
}
