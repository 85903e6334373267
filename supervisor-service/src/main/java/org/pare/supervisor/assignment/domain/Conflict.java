package org.pare.supervisor.assignment.domain;

import java.util.UUID;

/** An allocation broke an SSSA rule: {@code person} was not granted {@code refused}. */
public record Conflict(UUID person, SssaRule rule, Role refused) {}
