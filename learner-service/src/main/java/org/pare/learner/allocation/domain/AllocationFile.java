package org.pare.learner.allocation.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pare.learner.person.domain.PersonDetails;

/**
 * An upload validated as a whole: either every row is valid, or the problems of every bad row, so that an
 * admin fixes the file once rather than line by line. Nothing is written from an invalid file.
 */
public record AllocationFile(List<AllocationRow> rows, List<RowProblem> problems) {
    public AllocationFile {
        rows = List.copyOf(rows);
        problems = problems.stream()
                .sorted(Comparator.comparingInt(RowProblem::line))
                .toList();
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public static AllocationFile validate(List<String> header, List<RawRow> raws) {
        List<RowProblem> problems = new ArrayList<>();
        List<String> missing = AllocationColumns.ALL.stream()
                .filter(column -> !header.contains(column))
                .toList();
        if (!missing.isEmpty()) {
            problems.add(new RowProblem(1, "the header lacks the columns " + String.join(", ", missing)));
            return new AllocationFile(List.of(), problems);
        }
        if (raws.isEmpty()) {
            problems.add(new RowProblem(1, "the file has a header but no rows"));
        }
        List<AllocationRow> rows = new ArrayList<>();
        for (RawRow raw : raws) {
            RowReader.read(raw, problems).ifPresent(rows::add);
        }
        problems.addAll(duplicates(rows));
        problems.addAll(conflictingPeople(rows));
        return new AllocationFile(problems.isEmpty() ? rows : List.of(), problems);
    }

    private static List<RowProblem> duplicates(List<AllocationRow> rows) {
        Map<AllocationRow.PlacementKey, Integer> firstLine = new HashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        for (AllocationRow row : rows) {
            Integer first = firstLine.putIfAbsent(row.key(), row.line());
            if (first != null) {
                problems.add(new RowProblem(
                        row.line(), "duplicate row: the same learner, placement area and start date as line " + first));
            }
        }
        return problems;
    }

    /** One login, one person: the same login with another name or e-mail is a typo to fix, not a rename. */
    private static List<RowProblem> conflictingPeople(List<AllocationRow> rows) {
        Map<String, PersonAt> seen = new HashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        for (AllocationRow row : rows) {
            for (PersonDetails person : people(row)) {
                PersonAt first = seen.putIfAbsent(person.login().toLowerCase(), new PersonAt(person, row.line()));
                if (first != null && !first.person().equals(person)) {
                    problems.add(new RowProblem(
                            row.line(),
                            "login " + SpreadsheetSafe.text(person.login())
                                    + " has another name or e-mail than on line " + first.line()));
                }
            }
        }
        return problems;
    }

    private static List<PersonDetails> people(AllocationRow row) {
        List<PersonDetails> people = new ArrayList<>(row.practiceSupervisors());
        people.add(row.learner());
        people.add(row.practiceAssessor());
        people.add(row.academicAssessor());
        return people;
    }

    private record PersonAt(PersonDetails person, int line) {}
}
