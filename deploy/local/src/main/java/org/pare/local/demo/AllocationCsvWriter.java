package org.pare.local.demo;

import java.util.List;
import java.util.stream.Collectors;

/** Writes placements as the allocation CSV learner-service accepts (docs/allocations-csv.md). */
final class AllocationCsvWriter {
    static final String HEADER = "learner_login,learner_name,learner_email,profession,trust,site,placement_area,"
            + "start_date,end_date,practice_supervisors,practice_assessor_login,practice_assessor_name,"
            + "practice_assessor_email,academic_assessor_login,academic_assessor_name,academic_assessor_email";

    private AllocationCsvWriter() {}

    static String write(List<Placement> placements) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (Placement p : placements) {
            String supervisors =
                    p.area().supervisors().stream().map(Person::csvTriple).collect(Collectors.joining(";"));
            List<String> cells = List.of(
                    p.learner().login(),
                    p.learner().name(),
                    p.learner().email(),
                    p.profession(),
                    p.area().trust(),
                    p.area().site(),
                    p.area().name(),
                    p.start().toString(),
                    p.end().toString(),
                    supervisors,
                    p.area().assessor().login(),
                    p.area().assessor().name(),
                    p.area().assessor().email(),
                    p.academicAssessor().login(),
                    p.academicAssessor().name(),
                    p.academicAssessor().email());
            csv.append(cells.stream().map(AllocationCsvWriter::cell).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
