package org.pare.learner.reflection.domain;

/** The outcome of a command: the reflection as it now is, and the event announcing the change. */
public record Changed<E>(Reflection reflection, E event) {}
