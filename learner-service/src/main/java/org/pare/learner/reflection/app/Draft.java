package org.pare.learner.reflection.app;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** What a learner sends to create or edit a reflection. */
public record Draft(
        String templateKey,
        Integer templateVersion,
        String title,
        LocalDate occurredOn,
        Map<String, String> answers,
        UUID correctionOf) {}
