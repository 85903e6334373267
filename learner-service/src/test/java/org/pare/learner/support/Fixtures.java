package org.pare.learner.support;

import java.time.LocalDate;
import java.util.UUID;

/** People and placements as the allocation upload would leave them, inserted with plain SQL. */
public final class Fixtures {
    private Fixtures() {}

    /** A person in the directory, known by a login id (the token's sub). */
    public record Person(UUID id, String loginId) {}

    /** A learner on an active placement with one practice supervisor, a practice and an academic assessor. */
    public record LearnerOnPlacement(
            Person learner, Person supervisor, Person assessor, Person academicAssessor, UUID placementId) {}

    public static Person aPerson(Database db) {
        UUID id = UUID.randomUUID();
        String login = "login-" + id;
        db.execute(
                "INSERT INTO person (id, login_id, name, email) VALUES (?, ?, ?, ?)",
                id,
                login,
                "Person " + id.toString().substring(0, 8),
                id + "@example.org");
        return new Person(id, login);
    }

    public static LearnerOnPlacement aLearnerOnPlacement(Database db) {
        Person learner = aPerson(db);
        Person supervisor = aPerson(db);
        Person assessor = aPerson(db);
        Person academic = aPerson(db);
        UUID trust = UUID.randomUUID();
        UUID site = UUID.randomUUID();
        UUID area = UUID.randomUUID();
        UUID placement = UUID.randomUUID();
        db.execute("INSERT INTO trust (id, name) VALUES (?, ?)", trust, "Trust " + trust);
        db.execute("INSERT INTO site (id, trust_id, name) VALUES (?, ?, 'Main site')", site, trust);
        db.execute("INSERT INTO placement_area (id, site_id, name) VALUES (?, ?, 'Ward 7')", area, site);
        db.execute(
                "INSERT INTO placement (id, university_id, learner_id, area_id, profession, start_date, end_date,"
                        + " practice_assessor_id, academic_assessor_id) VALUES (?, ?, ?, ?, 'NURSING', ?, ?, ?, ?)",
                placement,
                UUID.randomUUID(),
                learner.id(),
                area,
                LocalDate.now().minusDays(10),
                LocalDate.now().plusDays(30),
                assessor.id(),
                academic.id());
        db.execute(
                "INSERT INTO placement_supervisor (placement_id, person_id) VALUES (?, ?)", placement, supervisor.id());
        return new LearnerOnPlacement(learner, supervisor, assessor, academic, placement);
    }
}
