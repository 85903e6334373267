package org.pare.learner.person.domain;

/** Who a person is, as an allocation upload names them: login id (the token's sub), name, work e-mail. */
public record PersonDetails(String login, String name, String email) {}
