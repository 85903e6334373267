package org.pare.local.demo;

import java.time.LocalDate;

/** One row of the allocation CSV. */
public record Placement(
        Person learner, String profession, Area area, LocalDate start, LocalDate end, Person academicAssessor) {

    boolean inProgressOn(LocalDate day) {
        return !start.isAfter(day) && !end.isBefore(day);
    }
}
