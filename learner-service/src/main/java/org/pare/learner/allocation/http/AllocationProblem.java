package org.pare.learner.allocation.http;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.pare.learner.allocation.domain.RowProblem;
import org.pare.learner.allocation.domain.SpreadsheetSafe;

/**
 * An RFC 9457 problem for a rejected upload, with every bad row in {@code errors} (an extension member).
 * Reasons only echo cells made {@link SpreadsheetSafe}, in case a page offers them for download.
 */
@Serdeable
public record AllocationProblem(String type, String title, int status, String detail, List<RowError> errors) {
    static final String INVALID = "https://pare.example/problems/invalid-allocation";
    static final String MALFORMED = "https://pare.example/problems/malformed-csv";

    @Serdeable
    public record RowError(int line, String reason) {}

    static AllocationProblem invalid(List<RowProblem> problems) {
        List<RowError> errors =
                problems.stream().map(p -> new RowError(p.line(), p.reason())).toList();
        return new AllocationProblem(
                INVALID,
                "The allocation file has invalid rows",
                400,
                errors.size() + " problem(s) found; nothing was saved. Fix every listed line and upload again.",
                errors);
    }

    static AllocationProblem malformed(String detail) {
        return new AllocationProblem(MALFORMED, "The file is not readable CSV", 400, detail, List.of());
    }
}
