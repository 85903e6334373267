package org.pare.local.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.pare.local.infra.DemoUser;

/**
 * The demo data, generated from a fixed seed: one university, two trusts with 30 placement areas, 200 learners,
 * each with a placement in progress today and most with a completed one before it. Dates are relative to the
 * day it is generated, so "in progress" stays true whenever the demo is started.
 */
public final class DemoCohort {
    public static final long SEED = 20_261_122L;
    public static final String UNIVERSITY = "Westbridge University";
    public static final UUID UNIVERSITY_ID =
            UUID.nameUUIDFromBytes(("pare-demo:" + UNIVERSITY).getBytes(StandardCharsets.UTF_8));
    static final int LEARNERS = 200;
    private static final String[] PROFESSIONS = {
        "ADULT_NURSING", "CHILDREN_NURSING", "MENTAL_HEALTH_NURSING", "MIDWIFERY", "PARAMEDIC_SCIENCE", "PHYSIOTHERAPY"
    };

    private final List<Area> areas;
    private final List<Person> learners;
    private final List<Person> academicAssessors;
    private final List<Placement> placements;
    private final LocalDate today;

    private DemoCohort(
            List<Area> areas,
            List<Person> learners,
            List<Person> academics,
            List<Placement> placements,
            LocalDate today) {
        this.areas = areas;
        this.learners = learners;
        this.academicAssessors = academics;
        this.placements = placements;
        this.today = today;
    }

    public static DemoCohort generate(long seed, LocalDate today) {
        Random random = new Random(seed);
        Names names = new Names(random);
        List<Area> areas = DemoPlaces.areas(names);
        List<Person> academics = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            academics.add(names.staff(String.format(Locale.ROOT, "aa%02d", i), "westbridge.ac.example"));
        }
        List<Person> learners = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            Person learner =
                    names.person(String.format(Locale.ROOT, "learner%03d", i + 1), "student.westbridge.ac.example");
            learners.add(learner);
            String profession = PROFESSIONS[i % PROFESSIONS.length];
            Person academic = academics.get(i % academics.size());
            if (i % 5 != 4) { // four in five have finished an earlier placement elsewhere
                LocalDate start = today.minusDays(150 + random.nextInt(30));
                placements.add(new Placement(
                        learner,
                        profession,
                        areas.get((i * 7 + 3) % areas.size()),
                        start,
                        start.plusWeeks(8),
                        academic));
            }
            LocalDate start = today.minusDays(7 + random.nextInt(42));
            LocalDate end = today.plusDays(14 + random.nextInt(50));
            placements.add(new Placement(learner, profession, areas.get(i % areas.size()), start, end, academic));
        }
        return new DemoCohort(areas, learners, academics, placements, today);
    }

    public List<Area> areas() {
        return areas;
    }

    public List<Person> learners() {
        return learners;
    }

    public List<Placement> placements() {
        return placements;
    }

    public LocalDate today() {
        return today;
    }

    public String allocationCsv() {
        return AllocationCsvWriter.write(placements);
    }

    /** Who a developer can log in as; trust ids are filled in once learner-service has created the trusts. */
    public List<DemoUser> demoUsers() {
        Area first = areas.get(0);
        Area southmoor = areas.stream()
                .filter(a -> a.trust().equals(DemoPlaces.SOUTHMOOR))
                .findFirst()
                .orElseThrow();
        String uni = UNIVERSITY_ID.toString();
        Person learner = learners.get(0);
        Person supervisor = first.supervisors().get(0);
        Person academic = academicAssessors.get(0);
        return List.of(
                new DemoUser(
                        learner.login(),
                        learner.name(),
                        List.of("LEARNER"),
                        uni,
                        "learner on placement at " + first.name() + ", " + first.site()),
                new DemoUser(
                        supervisor.login(),
                        supervisor.name(),
                        List.of("PRACTICE_SUPERVISOR"),
                        null,
                        "practice supervisor, " + first.name()),
                new DemoUser(
                        first.assessor().login(),
                        first.assessor().name(),
                        List.of("PRACTICE_ASSESSOR"),
                        null,
                        "practice assessor, " + first.name()),
                new DemoUser(
                        academic.login(),
                        academic.name(),
                        List.of("ACADEMIC_ASSESSOR"),
                        uni,
                        "academic assessor, " + UNIVERSITY),
                new DemoUser(
                        "lead.northfield",
                        "Morgan Hale",
                        List.of("EDUCATION_LEAD"),
                        null,
                        "education lead, " + DemoPlaces.NORTHFIELD),
                new DemoUser(
                        "lead.southmoor",
                        "Rowan Pike",
                        List.of("EDUCATION_LEAD"),
                        null,
                        "education lead, " + southmoor.trust()),
                new DemoUser(
                        "admin.westbridge",
                        "Alex Reed",
                        List.of("PLACEMENT_ADMIN"),
                        uni,
                        "placement admin, " + UNIVERSITY));
    }

    /** The trust each demo user without a university belongs to, by name. */
    public static String trustOf(DemoUser user) {
        return user.login().equals("lead.southmoor") ? DemoPlaces.SOUTHMOOR : DemoPlaces.NORTHFIELD;
    }
}
