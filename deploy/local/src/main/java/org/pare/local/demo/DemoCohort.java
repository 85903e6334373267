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
 * each with a placement in progress today and a completed one before it, ended in the quarter the dashboard shows
 * first. Dates are relative to the day it is generated, so they stay true whenever the demo is started.
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
        Window ended = resultsWindow(today);
        for (int i = 0; i < LEARNERS; i++) {
            Person learner =
                    names.person(String.format(Locale.ROOT, "learner%03d", i + 1), "student.westbridge.ac.example");
            learners.add(learner);
            String profession = PROFESSIONS[i % PROFESSIONS.length];
            Person academic = academics.get(i % academics.size());
            // Everyone finished a placement in the quarter the dashboard opens on, so it has results on first start.
            LocalDate end = ended.first().plusDays(random.nextInt(ended.days()));
            placements.add(
                    new Placement(learner, profession, areas.get(completedArea(i)), end.minusWeeks(8), end, academic));
            LocalDate latestStart = today.minusDays(7);
            LocalDate start =
                    end.plusDays(1 + random.nextInt(Math.max(1, (int) (latestStart.toEpochDay() - end.toEpochDay()))));
            placements.add(new Placement(
                    learner,
                    profession,
                    areas.get(i % areas.size()),
                    start.isAfter(today) ? today : start,
                    today.plusDays(14 + random.nextInt(50)),
                    academic));
        }
        return new DemoCohort(areas, learners, academics, placements, today);
    }

    /** Three in five learners finished in Northfield (the demo lead's trust), two in five in Southmoor. */
    static int completedArea(int learner) {
        boolean northfield = learner % 5 < 3;
        int nth = northfield ? learner / 5 * 3 + learner % 5 : learner / 5 * 2 + learner % 5 - 3;
        int within = (nth * 7 + 3) % DemoPlaces.AREAS_PER_TRUST;
        return northfield ? within : DemoPlaces.AREAS_PER_TRUST + within;
    }

    /** Days a placement may have ended on: in the quarter of a month ago (the dashboard's default), before today. */
    record Window(LocalDate first, int days) {}

    static Window resultsWindow(LocalDate today) {
        LocalDate monthAgo = today.minusMonths(1);
        LocalDate first = LocalDate.of(monthAgo.getYear(), (monthAgo.getMonthValue() - 1) / 3 * 3 + 1, 1);
        LocalDate last = first.plusMonths(3).minusDays(1);
        if (!last.isBefore(today)) {
            last = today.minusDays(1);
        }
        return new Window(first, (int) (last.toEpochDay() - first.toEpochDay()) + 1);
    }

    /** Northfield learners with nothing on their placement for over two weeks: the inactivity support signal. */
    public List<Person> inactiveLearners() {
        return placements.stream()
                .filter(p -> p.inProgressOn(today) && p.area().trust().equals(DemoPlaces.NORTHFIELD))
                .filter(p -> learners.indexOf(p.learner()) >= LearnerServiceData.REFLECTING_LEARNERS)
                .filter(p -> p.start().isBefore(today.minusDays(20)))
                .map(Placement::learner)
                .limit(2)
                .toList();
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
