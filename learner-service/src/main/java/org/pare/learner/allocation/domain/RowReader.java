package org.pare.learner.allocation.domain;

import static org.pare.learner.allocation.domain.AllocationColumns.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pare.learner.person.domain.PersonDetails;

/** Reads one raw row into an {@link AllocationRow}, collecting every problem of that row rather than the first. */
final class RowReader {
    private final RawRow raw;
    private final List<RowProblem> problems = new ArrayList<>();

    private RowReader(RawRow raw) {
        this.raw = raw;
    }

    /** The row, or empty with the reasons added to {@code problems}. */
    static Optional<AllocationRow> read(RawRow raw, List<RowProblem> problems) {
        RowReader reader = new RowReader(raw);
        Optional<AllocationRow> row = reader.read();
        problems.addAll(reader.problems);
        return row;
    }

    private Optional<AllocationRow> read() {
        for (String column : ALL) {
            if (raw.cell(column).isEmpty()) {
                problem("missing " + column);
            }
        }
        LocalDate start = date(START_DATE);
        LocalDate end = date(END_DATE);
        if (start != null && end != null && end.isBefore(start)) {
            problem("end_date " + end + " is before start_date " + start);
        }
        List<PersonDetails> supervisors = supervisors();
        PersonDetails assessor = person(PA_LOGIN, PA_NAME, PA_EMAIL);
        PersonDetails academic = person(AA_LOGIN, AA_NAME, AA_EMAIL);
        PersonDetails learner = person(LEARNER_LOGIN, LEARNER_NAME, LEARNER_EMAIL);
        SupervisionRules.check(learner, supervisors, assessor, academic).forEach(this::problem);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AllocationRow(
                raw.line(),
                learner,
                raw.cell(PROFESSION),
                raw.cell(TRUST),
                raw.cell(SITE),
                raw.cell(PLACEMENT_AREA),
                start,
                end,
                supervisors,
                assessor,
                academic));
    }

    private LocalDate date(String column) {
        String text = raw.cell(column);
        if (text.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = AllocationDates.parse(text);
        if (date.isEmpty()) {
            problem(column + " '" + SpreadsheetSafe.text(text) + "' has an unknown date format"
                    + " (use YYYY-MM-DD or DD/MM/YYYY)");
        }
        return date.orElse(null);
    }

    private List<PersonDetails> supervisors() {
        List<PersonDetails> supervisors = new ArrayList<>();
        for (String entry : raw.cell(PRACTICE_SUPERVISORS).split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.split("\\|", -1);
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
                problem(PRACTICE_SUPERVISORS + " entry '" + SpreadsheetSafe.text(entry.strip())
                        + "' is not login|name|email");
            } else {
                supervisors.add(new PersonDetails(parts[0].strip(), parts[1].strip(), parts[2].strip()));
            }
        }
        return supervisors;
    }

    private PersonDetails person(String login, String name, String email) {
        String address = raw.cell(email);
        if (!address.isEmpty() && !address.matches("[^@\\s]+@[^@\\s]+")) {
            problem(email + " '" + SpreadsheetSafe.text(address) + "' is not an e-mail address");
        }
        return new PersonDetails(raw.cell(login), raw.cell(name), address);
    }

    private void problem(String reason) {
        problems.add(new RowProblem(raw.line(), reason));
    }
}
