package org.pare.learner.reflection.app;

import java.util.List;
import org.pare.learner.reflection.domain.Reflection;

/** A reflection as its learner reads it: with who it is shared with and the feedback received on it. */
public record ReflectionView(Reflection reflection, List<Share> shares, List<FeedbackReceived> feedback) {}
