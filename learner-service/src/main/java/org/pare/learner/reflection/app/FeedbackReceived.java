package org.pare.learner.reflection.app;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Feedback a supervisor gave the learner: ids and tags; the text stays with supervisor-service. */
public record FeedbackReceived(
        UUID feedbackId, UUID learnerId, UUID supervisorId, UUID reflectionId, List<String> tags, Instant givenAt) {}
