package org.pare.system.journey;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The people of one journey: six learners on one ward (five is the smallest group whose results are shown),
 * their practice supervisor, practice assessor and academic assessor, the university's placement admin and the
 * trust's education lead. Names carry a run suffix, so journeys never meet each other's records.
 */
public record Cohort(
        String run, UUID university, List<Person> learners, Person supervisor, Person assessor, Person academic) {
    static final int LEARNERS = 6;

    public record Person(String login, String name, String email) {
        String csvTriple() {
            return login + "|" + name + "|" + email;
        }
    }

    static Cohort fresh() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Person> learners = IntStream.rangeClosed(1, LEARNERS)
                .mapToObj(i -> person("learner" + i + "." + run, "Learner " + i + " " + run))
                .toList();
        return new Cohort(
                run,
                UUID.randomUUID(),
                learners,
                person("ps." + run, "Priya Supervisor"),
                person("pa." + run, "Sam Assessor"),
                person("aa." + run, "Ade Academic"));
    }

    private static Person person(String login, String name) {
        return new Person(login, name, login + "@example.org");
    }

    /** The learner whose year the journey follows; the others make the ward's group large enough to show. */
    public Person learner() {
        return learners.get(0);
    }

    public String trust() {
        return "Journey Trust " + run;
    }

    public String area() {
        return "Ward 7 " + run;
    }

    public String adminLogin() {
        return "admin." + run;
    }

    public String leadLogin() {
        return "lead." + run;
    }

    /** The allocation file the university uploads (docs/allocations-csv.md), every learner on the same dates. */
    String allocationCsv(LocalDate start, LocalDate end) {
        StringBuilder csv = new StringBuilder("learner_login,learner_name,learner_email,profession,trust,site,"
                + "placement_area,start_date,end_date,practice_supervisors,practice_assessor_login,"
                + "practice_assessor_name,practice_assessor_email,academic_assessor_login,academic_assessor_name,"
                + "academic_assessor_email\r\n");
        for (Person learner : learners) {
            csv.append(String.join(
                            ",",
                            learner.login(),
                            learner.name(),
                            learner.email(),
                            "ADULT_NURSING",
                            trust(),
                            "Northfield General Hospital",
                            area(),
                            start.toString(),
                            end.toString(),
                            supervisor.csvTriple(),
                            assessor.login(),
                            assessor.name(),
                            assessor.email(),
                            academic.login(),
                            academic.name(),
                            academic.email()))
                    .append("\r\n");
        }
        return csv.toString();
    }
}
