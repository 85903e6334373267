package org.pare.learner.person.domain;

import java.util.Objects;

/** A person in the directory. The professional group is known for learners; staff may have none. */
public record Person(PersonId id, PersonDetails details, String professionalGroup) {
    public static Person register(PersonDetails details, String professionalGroup) {
        return new Person(PersonId.random(), details, professionalGroup);
    }

    /** What an upload says of this person now; an upload that names no group keeps the known one. */
    public Person restatedAs(PersonDetails stated, String statedGroup) {
        String group = statedGroup == null ? professionalGroup : statedGroup;
        return new Person(id, new PersonDetails(details.login(), stated.name(), stated.email()), group);
    }

    public boolean differsFrom(Person other) {
        return !details.equals(other.details) || !Objects.equals(professionalGroup, other.professionalGroup);
    }
}
