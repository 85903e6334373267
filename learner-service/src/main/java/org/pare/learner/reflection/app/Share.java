package org.pare.learner.reflection.app;

import java.time.Instant;
import java.util.UUID;
import org.pare.learner.events.ReflectionShared;

/** One supervisor a reflection is shared with, and what for. */
public record Share(UUID supervisorId, ReflectionShared.Purpose purpose, Instant sharedAt) {}
