package org.pare.learner.reflection.app;

import org.pare.learner.reflection.domain.Reflection;

/** A shared reflection as the supervisor it was shared with reads it: the record and their own share only. */
public record SharedReflectionView(Reflection reflection, Share share) {}
