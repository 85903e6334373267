package org.pare.learner.allocation.domain;

/** Why one line of an upload cannot be accepted; line 1 is the header. */
public record RowProblem(int line, String reason) {}
