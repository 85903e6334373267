package org.pare.learner.allocation.app;

import java.util.List;
import org.pare.learner.allocation.domain.RowProblem;

/** The upload has bad rows; nothing was written. */
public class InvalidAllocationException extends RuntimeException {
    private final List<RowProblem> problems;

    public InvalidAllocationException(List<RowProblem> problems) {
        super(problems.size() + " rows of the upload cannot be accepted");
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
