package org.pare.messaging.micronaut;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record ThingHappened(String aggregate, int n) {}
