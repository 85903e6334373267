package org.pare.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Who the caller's token says they are.
 *
 * @param sub the provider's subject (the person's login id)
 * @param roles the roles claim
 * @param org the organisation claim, absent for people who belong to none
 */
@Serdeable
public record Me(String sub, List<String> roles, @Nullable String org) {}
